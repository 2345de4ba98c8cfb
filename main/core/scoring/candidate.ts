/**
 * The candidate: the run the team proposes, chosen explicitly and kept at project level, so
 * recording a newer run (of a weaker model, or on training data) never changes what the board
 * scores. With none chosen the board falls back to the latest finished run and says so.
 */
import { GapboardError } from '../project/errors.js';
import type { ProjectDocument, Run } from '../../../shared/schema.js';
import type { ProjectSession } from '../project/session.js';
import { boardRun, findRun } from './score.js';

export interface CandidateInfo {
  /** The run the board scores, or null when no run has finished. */
  run: string | null;
  /** 'candidate' when chosen, 'latest' when the board falls back to the latest finished run. */
  source: 'candidate' | 'latest' | 'none';
  chosenAt: string | null;
  /** Finished runs recorded after it. */
  newer: string[];
}

/** What the board scores now and why. */
export function candidateInfo(doc: ProjectDocument): CandidateInfo {
  const { run, source } = boardRun(doc);
  const chosen = doc.candidate;
  return {
    run: run?.id ?? null,
    source,
    chosenAt: source === 'candidate' && chosen && chosen.run === run?.id ? chosen.chosenAt : null,
    newer: run ? doc.runs.slice(doc.runs.indexOf(run) + 1).flatMap((r) => (r.status === 'done' ? [r.id] : [])) : [],
  };
}

/** A finished run by id, or a clear refusal: a candidate's figures must be complete. */
function finishedRun(doc: ProjectDocument, runId: string): Run {
  const run = findRun(doc, runId);
  if (run.status !== 'done')
    throw new GapboardError('BAD_ARGUMENT', `${run.id} is ${run.status}; a candidate run must be finished.`);
  return run;
}

/**
 * Makes a finished run the candidate (undoable), or clears the choice with null so the board
 * scores the latest finished run again. Returns the candidate's id (null when cleared).
 */
export function setCandidate(session: ProjectSession, runId: string | null): string | null {
  if (runId === null) {
    if (!session.doc.candidate) return null;
    session.mutate('Clear the candidate run', (draft) => {
      delete draft.candidate;
    });
    return null;
  }
  const run = finishedRun(session.doc, runId);
  if (session.doc.candidate?.run === run.id) return run.id;
  session.mutate(`Make ${run.id} the candidate`, (draft) => {
    draft.candidate = { run: run.id, chosenAt: session.nowIso() };
  });
  return run.id;
}
