/**
 * Scoring: every requirement against one run (and the dataset versions behind it) → a
 * scorecard of value, target, gap, relative gap and met / unmet / untested.
 */
import { GapboardError } from '../project/errors.js';
import { normalizeId } from '../project/ids.js';
import type { ProjectDocument, Requirement, Run, ScorecardRow } from '../../../shared/schema.js';
import { defaultDataMetrics } from './data-metrics.js';
import { computeGap } from './gap.js';
import type { Tally } from '../../../shared/board-views.js';
import { formatEvidence, measure, type DataMetricsFn, type Evidence, type MeasureContext } from './measure.js';

export interface ScoreOptions {
  /** Data metrics of a dataset version; injected so tests (and other data sources) can swap it. */
  dataMetrics?: DataMetricsFn;
  /** Dataset versions an iteration declared (used for data requirements without a pinned version). */
  datasets?: readonly { name: string; version: number }[];
}

export type { Tally } from '../../../shared/board-views.js';

export interface Scorecard {
  /** The run scored, or null when there is none (data requirements can still be measured). */
  run: string | null;
  rows: ScorecardRow[];
  /** Structured evidence, index-aligned with `rows` (the rows carry it as a string). */
  evidence: Evidence[];
  must: Tally;
  all: Tally;
}

/** Finds a run by `12`, `#12` or `RUN-12`; NOT_FOUND names the id. */
export function findRun(doc: ProjectDocument, runId: string): Run {
  const id = normalizeId('run', runId);
  const run = doc.runs.find((r) => r.id === id);
  if (!run) throw new GapboardError('NOT_FOUND', `There is no run ${id} in this project.`);
  return run;
}

/** The most recently recorded run that finished (runs are appended as they start). */
export function latestDoneRun(doc: ProjectDocument): Run | null {
  for (let i = doc.runs.length - 1; i >= 0; i--) if (doc.runs[i]!.status === 'done') return doc.runs[i]!;
  return null;
}

/**
 * The scored run when none is named: the chosen candidate (a project-level choice, or the open
 * iteration's from before there was one), else the latest finished run. A recorded run never
 * replaces a chosen candidate.
 */
export function boardRun(doc: ProjectDocument): { run: Run | null; source: 'candidate' | 'latest' | 'none' } {
  const done = (id: string | undefined) => (id ? doc.runs.find((r) => r.id === id && r.status === 'done') : undefined);
  const chosen = done(doc.candidate?.run) ?? done(doc.iterations.find((it) => it.status === 'open')?.candidateRun);
  if (chosen) return { run: chosen, source: 'candidate' };
  const latest = latestDoneRun(doc);
  return { run: latest, source: latest ? 'latest' : 'none' };
}

function emptyTally(): Tally {
  return { met: 0, total: 0, counts: { met: 0, unmet: 0, untested: 0, withinNoise: 0 } };
}

/** Met and total counts, and the headline's disjoint counts, of must and of all requirements. */
export function tally(rows: readonly Pick<ScorecardRow, 'priority' | 'status' | 'withinNoise'>[]): {
  must: Tally;
  all: Tally;
} {
  const must = emptyTally();
  const all = emptyTally();
  for (const row of rows) {
    for (const t of row.priority === 'must' ? [must, all] : [all]) {
      t.total++;
      if (row.status === 'met') t.met++;
      if (row.withinNoise) t.counts.withinNoise++;
      else t.counts[row.status]++;
    }
  }
  return { must, all };
}

/** True when the target lies inside the interval: the data cannot tell met from not met. */
export function targetWithin(interval: readonly [number, number], target: number): boolean {
  return interval[0] <= target && target <= interval[1];
}

/** One scorecard row for one requirement in a measuring context. */
export function scoreRequirement(req: Requirement, ctx: MeasureContext): { row: ScorecardRow; evidence: Evidence } {
  const m = measure(req, ctx);
  const g = computeGap(req.op, req.target, m.value);
  const row: ScorecardRow = {
    requirement: req.id,
    title: req.title,
    metric: req.metric,
    op: req.op,
    target: req.target,
    unit: req.unit,
    priority: req.priority,
    value: m.value,
    gap: g.gap,
    relGap: g.relGap,
    status: g.status,
    ...(m.interval && g.status !== 'untested'
      ? { interval: m.interval, withinNoise: targetWithin(m.interval, req.target) }
      : {}),
    evidence: formatEvidence(m.evidence),
  };
  return { row, evidence: m.evidence };
}

/** Scores all requirements against an already resolved run (or none). */
export function scoreAgainst(doc: ProjectDocument, run: Run | null, opts: ScoreOptions = {}): Scorecard {
  const ctx: MeasureContext = {
    doc,
    run,
    dataMetrics: opts.dataMetrics ?? defaultDataMetrics,
    ...(opts.datasets ? { datasets: opts.datasets } : {}),
    cache: new Map(),
  };
  const rows: ScorecardRow[] = [];
  const evidence: Evidence[] = [];
  for (const req of doc.requirements) {
    const scored = scoreRequirement(req, ctx);
    rows.push(scored.row);
    evidence.push(scored.evidence);
  }
  return { run: run?.id ?? null, rows, evidence, ...tally(rows) };
}

/**
 * Scores every requirement against a run: `runId` names it (`12`, `#12`, `RUN-12`), undefined
 * means the board's run (the chosen candidate, else the latest finished run). Requirements scoped to other data are untested for this run;
 * data requirements are measured on the run's dataset version (or the scope's). A run that
 * did not finish is refused (its metrics are partial or absent).
 */
export function scoreRun(doc: ProjectDocument, runId: string | undefined, opts: ScoreOptions = {}): Scorecard {
  const run = runId === undefined ? boardRun(doc).run : findRun(doc, runId);
  if (run && run.status !== 'done') {
    throw new GapboardError('BAD_ARGUMENT', `${run.id} is ${run.status}; only finished runs are scored.`);
  }
  return scoreAgainst(doc, run, opts);
}
