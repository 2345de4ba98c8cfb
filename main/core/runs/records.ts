/** Runs in the document: recording (`RUN-n`), finding and removing them. */
import { GapboardError } from '../project/errors.js';
import { nextId, normalizeId } from '../project/ids.js';
import type { ProjectDocument, Run } from '../../../shared/schema.js';
import type { ProjectSession } from '../project/session.js';

/** A run as `runEvaluation` returns it: everything but the id the project gives it. */
export type RunDraft = Omit<Run, 'id'>;

/**
 * Appends a run with the next `RUN-n` id and returns the recorded run. Failed and cancelled
 * runs are recorded too: a failure with its reason is part of the project's history.
 */
export function recordRun(session: ProjectSession, run: RunDraft): Run {
  return session.mutate(`Record run of ${run.model}`, (draft) => {
    const recorded: Run = { id: nextId(draft, 'run'), ...run };
    draft.runs.push(recorded);
    return recorded;
  });
}

/** A run by id (`RUN-3`, `3`, `#3`); NOT_FOUND otherwise. */
export function findRun(doc: ProjectDocument, ref: string): Run {
  const id = normalizeId('run', ref);
  const run = doc.runs.find((r) => r.id === id);
  if (!run) {
    const ids = doc.runs.map((r) => r.id);
    throw new GapboardError(
      'NOT_FOUND',
      `No run ${ref}${ids.length ? ` (runs: ${ids.slice(-10).join(', ')}${ids.length > 10 ? ', …' : ''})` : ' (the project has none yet)'}.`,
    );
  }
  return run;
}

/**
 * Removes a run (undoable). Refused while an iteration names it as its candidate: the
 * iteration's frozen scorecard points at it as the evidence. Removing the project's chosen
 * candidate leaves none chosen, so the board says it falls back to the latest run.
 */
export function removeRun(session: ProjectSession, ref: string): void {
  const run = findRun(session.doc, ref);
  const citing = session.doc.iterations.filter((it) => it.candidateRun === run.id).map((it) => it.id);
  if (citing.length > 0) {
    throw new GapboardError(
      'BAD_ARGUMENT',
      `${run.id} is the candidate of ${citing.join(', ')}; it cannot be removed.`,
    );
  }
  session.mutate(`Remove run ${run.id}`, (draft) => {
    draft.runs = draft.runs.filter((r) => r.id !== run.id);
    if (draft.candidate?.run === run.id) delete draft.candidate;
  });
}
