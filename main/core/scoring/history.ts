/**
 * The gap-closing history, read from the frozen scorecards of closed iterations: per
 * requirement value vs target (the target line steps where the target changed, because each
 * point carries the target frozen with it), a burndown of unmet must / should requirements,
 * and cumulative labeling cost against the main quality metric.
 */
import type { DatasetVersion, Iteration, ProjectDocument, ScorecardRow } from '../../../shared/schema.js';
import { defaultDataMetrics } from './data-metrics.js';
import { runMetric, type DataMetricsFn } from './measure.js';
import { tally } from './score.js';
import type {
  BurndownPoint,
  CostQualityPoint,
  HistoryPoint,
  ProjectHistory,
  RequirementSeries,
} from '../../../shared/board-views.js';

export type {
  BurndownPoint,
  CostQualityPoint,
  HistoryPoint,
  IterationRef,
  ProjectHistory,
  RequirementSeries,
} from '../../../shared/board-views.js';

export interface HistoryOptions {
  dataMetrics?: DataMetricsFn;
  /** The "main quality metric" cost is set against; default `accuracy`. */
  qualityMetric?: string;
}

/** Closed iterations in the order they were closed (the document keeps them in that order). */
export function closedIterations(doc: ProjectDocument): Iteration[] {
  return doc.iterations.filter((it) => it.status === 'closed');
}

/** Frozen rows per requirement id, index-aligned with `iterations` (undefined where absent). */
export function frozenRowsByRequirement(iterations: readonly Iteration[]): Map<string, (ScorecardRow | undefined)[]> {
  const out = new Map<string, (ScorecardRow | undefined)[]>();
  iterations.forEach((it, i) => {
    for (const row of it.scorecard) {
      let rows = out.get(row.requirement);
      if (!rows) {
        rows = new Array<ScorecardRow | undefined>(iterations.length);
        out.set(row.requirement, rows);
      }
      rows[i] = row;
    }
  });
  return out;
}

function toPoint(it: Iteration, row: ScorecardRow | undefined): HistoryPoint {
  if (!row) return { iteration: it.id, value: null, target: null, op: null, gap: null, status: null };
  return { iteration: it.id, value: row.value, target: row.target, op: row.op, gap: row.gap, status: row.status };
}

function seriesFor(
  doc: ProjectDocument,
  iterations: readonly Iteration[],
  byReq: Map<string, (ScorecardRow | undefined)[]>,
): RequirementSeries[] {
  const out: RequirementSeries[] = [];
  const seen = new Set<string>();
  const make = (id: string, title: string, metric: string, unit: string, current: boolean): RequirementSeries => {
    const rows = byReq.get(id);
    return { id, title, metric, unit, current, points: iterations.map((it, i) => toPoint(it, rows?.[i])) };
  };
  for (const req of doc.requirements) {
    seen.add(req.id);
    out.push(make(req.id, req.title, req.metric, req.unit, true));
  }
  for (const [id, rows] of byReq) {
    if (seen.has(id)) continue;
    const last = rows.findLast((r) => r !== undefined)!;
    out.push(make(id, last.title, last.metric, last.unit, false));
  }
  return out;
}

/** Value vs target of one requirement over the closed iterations. */
export function requirementHistory(doc: ProjectDocument, id: string): RequirementSeries | undefined {
  const iterations = closedIterations(doc);
  return seriesFor(doc, iterations, frozenRowsByRequirement(iterations)).find((s) => s.id === id);
}

/** Unmet and untested must / should counts per closed iteration (from the frozen rows). */
export function burndown(iterations: readonly Iteration[]): BurndownPoint[] {
  return iterations.map((it) => {
    const p: BurndownPoint = {
      iteration: it.id,
      unmetMust: 0,
      unmetShould: 0,
      untestedMust: 0,
      untestedShould: 0,
      ...tally(it.scorecard),
    };
    for (const row of it.scorecard) {
      if (row.priority === 'could' || row.status === 'met') continue;
      const key = `${row.status}${row.priority === 'must' ? 'Must' : 'Should'}` as const;
      p[key]++;
    }
    return p;
  });
}

/**
 * Cumulative labeling cost vs the quality of each iteration's candidate run. The cost counts
 * every version of each dataset up to the newest one used so far: a v3 was built on the
 * labeling paid for v1 and v2, whether or not an iteration evaluated those.
 */
export function costVsQuality(
  doc: ProjectDocument,
  iterations: readonly Iteration[],
  opts: HistoryOptions = {},
): CostQualityPoint[] {
  const dataMetrics = opts.dataMetrics ?? defaultDataMetrics;
  const metric = opts.qualityMetric ?? 'accuracy';
  const newest = new Map<string, number>();
  const costOf = new Map<DatasetVersion, number | null>();
  const runs = new Map(doc.runs.map((r) => [r.id, r]));
  return iterations.map((it) => {
    const run = it.candidateRun ? runs.get(it.candidateRun) : undefined;
    const used = it.datasets.length ? it.datasets : run?.dataset ? [run.dataset] : [];
    for (const d of used) newest.set(d.name, Math.max(newest.get(d.name) ?? 0, d.version));
    let total: number | null = null;
    let currency = '';
    for (const [name, upTo] of newest) {
      for (const v of doc.datasets.find((d) => d.name === name)?.versions ?? []) {
        if (v.version > upTo) continue;
        if (!costOf.has(v)) {
          // Per-version cost (no allVersions): the running total is summed here.
          const c = dataMetrics(v)['labeling.cost'];
          costOf.set(v, typeof c === 'number' && Number.isFinite(c) ? c : null);
        }
        const c = costOf.get(v);
        if (c === null || c === undefined) continue;
        total = (total ?? 0) + c;
        const cur = v.batches[0]?.currency ?? '';
        currency = currency === '' || currency === cur ? cur : 'mixed';
      }
    }
    return {
      iteration: it.id,
      ...(run ? { run: run.id } : {}),
      cumulativeCost: total,
      currency,
      quality: run ? runMetric(run, metric) : null,
    };
  });
}

/** Everything the history screen and the report chart, in one pass over the closed iterations. */
export function projectHistory(doc: ProjectDocument, opts: HistoryOptions = {}): ProjectHistory {
  const iterations = closedIterations(doc);
  const byReq = frozenRowsByRequirement(iterations);
  return {
    iterations: iterations.map((it) => ({
      id: it.id,
      name: it.name,
      closedAt: it.closedAt ?? it.startedAt,
      ...(it.candidateRun ? { candidateRun: it.candidateRun } : {}),
    })),
    requirements: seriesFor(doc, iterations, byReq),
    burndown: burndown(iterations),
    qualityMetric: opts.qualityMetric ?? 'accuracy',
    costVsQuality: costVsQuality(doc, iterations, opts),
  };
}
