/**
 * Iterations: named checkpoints of the loop. Closing one freezes a scorecard — copied rows,
 * never recomputed — so a closed iteration tells what was true then, even after targets move.
 */
import { GapboardError } from '../project/errors.js';
import { nextId, normalizeId } from '../project/ids.js';
import type { Iteration, ProjectDocument } from '../../../shared/schema.js';
import type { ProjectSession } from '../project/session.js';
import { boardRun, findRun, scoreAgainst, type ScoreOptions } from './score.js';

export interface StartIterationInput {
  name: string;
  notes?: string;
  datasets?: { name: string; version: number }[];
  candidateRun?: string;
}

export interface CloseIterationInput {
  /** Names the iteration (renaming the open one, or naming the one created to be closed). */
  name?: string;
  /** Candidate run; default the chosen candidate, else the latest finished run. */
  run?: string;
  notes?: string;
  closedAt?: string;
  datasets?: { name: string; version: number }[];
}

/** The open iteration, if any (there is at most one). */
export function openIteration(doc: ProjectDocument): Iteration | undefined {
  return doc.iterations.find((it) => it.status === 'open');
}

function checkDatasets(doc: ProjectDocument, datasets: readonly { name: string; version: number }[]): void {
  for (const d of datasets) {
    const ok = doc.datasets.find((x) => x.name === d.name)?.versions.some((v) => v.version === d.version);
    if (!ok)
      throw new GapboardError('NOT_FOUND', `There is no dataset version ${d.name}@v${d.version} in this project.`);
  }
}

function doneRunId(doc: ProjectDocument, runId: string): string {
  const run = findRun(doc, runId);
  if (run.status !== 'done')
    throw new GapboardError('BAD_ARGUMENT', `${run.id} is ${run.status}; a candidate run must be finished.`);
  return run.id;
}

/** Starts an iteration; refused while another one is open (one loop turn at a time). */
export function startIteration(session: ProjectSession, input: StartIterationInput): Iteration {
  const name = input.name.trim();
  if (!name) throw new GapboardError('BAD_ARGUMENT', 'An iteration needs a name.');
  const open = openIteration(session.doc);
  if (open)
    throw new GapboardError('CONFLICT', `${open.id} "${open.name}" is still open; close it before starting another.`);
  checkDatasets(session.doc, input.datasets ?? []);
  const candidate = input.candidateRun === undefined ? undefined : doneRunId(session.doc, input.candidateRun);
  const id = session.mutate(`Start iteration ${name}`, (draft) => {
    const it: Iteration = {
      id: nextId(draft, 'iteration'),
      name,
      status: 'open',
      startedAt: session.nowIso(),
      notes: input.notes ?? '',
      ...(candidate ? { candidateRun: candidate } : {}),
      datasets: (input.datasets ?? []).map((d) => ({ name: d.name, version: d.version })),
      scorecard: [],
    };
    draft.iterations.push(it);
    return it.id;
  });
  return findIteration(session.doc, id);
}

/**
 * Closes the open iteration (creating it first when none is open) and freezes its scorecard:
 * every requirement scored against the candidate run and the iteration's dataset versions.
 */
export function closeIteration(
  session: ProjectSession,
  input: CloseIterationInput = {},
  opts: ScoreOptions = {},
): Iteration {
  const doc = session.doc;
  const open = openIteration(doc);
  const name = (input.name ?? open?.name ?? '').trim();
  if (!name) throw new GapboardError('BAD_ARGUMENT', 'No iteration is open; give a name to create and close one.');
  const run = input.run !== undefined ? doc.runs.find((r) => r.id === doneRunId(doc, input.run!))! : boardRun(doc).run;
  if (input.datasets) checkDatasets(doc, input.datasets);
  const datasets =
    input.datasets ??
    (open?.datasets.length
      ? open.datasets
      : run?.dataset
        ? [{ name: run.dataset.name, version: run.dataset.version }]
        : []);
  const card = scoreAgainst(doc, run, { ...opts, datasets });
  const closedAt = input.closedAt ?? session.nowIso();
  const id = session.mutate(`Close iteration ${name}`, (draft) => {
    let it = open ? draft.iterations.find((x) => x.id === open.id) : undefined;
    if (!it) {
      it = {
        id: nextId(draft, 'iteration'),
        name,
        status: 'open',
        startedAt: closedAt,
        notes: '',
        datasets: [],
        scorecard: [],
      };
      draft.iterations.push(it);
    }
    it.name = name;
    it.status = 'closed';
    it.closedAt = closedAt;
    if (input.notes !== undefined) it.notes = input.notes;
    if (run) it.candidateRun = run.id;
    else delete it.candidateRun;
    it.datasets = datasets.map((d) => ({ name: d.name, version: d.version }));
    // Copies, not references: later edits to requirements must never reach a closed scorecard.
    it.scorecard = card.rows.map((r) => ({ ...r }));
    return it.id;
  });
  return findIteration(session.doc, id);
}

/** Looks an iteration up by `3`, `#3` or `IT-3`. */
export function findIteration(doc: ProjectDocument, id: string): Iteration {
  const norm = normalizeId('iteration', id);
  const it = doc.iterations.find((x) => x.id === norm);
  if (!it) throw new GapboardError('NOT_FOUND', `There is no iteration ${norm} in this project.`);
  return it;
}
