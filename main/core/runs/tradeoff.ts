/**
 * The trade-off between two figures across every finished run (by default a quality key
 * against p95 latency): each run as a point sized by its model's file size, the Pareto front
 * (runs no other run beats on both figures at once), and the box where every must
 * requirement on those two keys holds.
 */
import type { ProjectDocument, Run } from '../../../shared/schema.js';
import { metricDefaults } from '../../../shared/metric-keys.js';
import { effectiveKey, runMetric } from '../scoring/measure.js';
import {
  DEFAULT_TRADEOFF_KEYS,
  type Bounds,
  type Tradeoff,
  type TradeoffPoint,
} from '../../../shared/optimization-views.js';
import { runMismatches } from '../../../shared/serving-mismatch.js';

export type { Bounds, Tradeoff, TradeoffPoint };

export const DEFAULT_TRADEOFF = DEFAULT_TRADEOFF_KEYS;

function intervalOf(run: Run, key: string): [number, number] | null {
  // Intervals are optional on runs; projects written before they existed have none.
  return run.intervals?.[key] ?? null;
}

function bounds(doc: ProjectDocument, key: string): Bounds {
  const reqs = doc.requirements.filter((r) => r.priority === 'must' && effectiveKey(r) === key);
  const lows = reqs.filter((r) => r.op === '>=').map((r) => r.target);
  const highs = reqs.filter((r) => r.op === '<=').map((r) => r.target);
  return {
    min: lows.length ? Math.max(...lows) : null,
    max: highs.length ? Math.min(...highs) : null,
    requirements: reqs.map((r) => r.id),
  };
}

/** Marks every point that no other point matches or beats on both axes (and beats on one). */
export function paretoFront<T extends { x: number; y: number }>(
  points: T[],
  higher: { x: boolean; y: boolean },
): boolean[] {
  const better = (a: number, b: number, hi: boolean) => (hi ? a > b : a < b);
  const atLeast = (a: number, b: number, hi: boolean) => (hi ? a >= b : a <= b);
  return points.map(
    (p) =>
      !points.some(
        (q) =>
          q !== p &&
          atLeast(q.x, p.x, higher.x) &&
          atLeast(q.y, p.y, higher.y) &&
          (better(q.x, p.x, higher.x) || better(q.y, p.y, higher.y)),
      ),
  );
}

/** The trade-off of `y` against `x` over the project's finished runs. */
export function buildTradeoff(
  doc: ProjectDocument,
  x: string = DEFAULT_TRADEOFF.x,
  y: string = DEFAULT_TRADEOFF.y,
): Tradeoff {
  const done = doc.runs.filter((r) => r.status === 'done');
  const higherIsBetter = { x: metricDefaults(x).op === '>=', y: metricDefaults(y).op === '>=' };
  const missing: Tradeoff['missing'] = [];
  const raw: Omit<TradeoffPoint, 'front'>[] = [];
  for (const run of done) {
    const vx = runMetric(run, x);
    const vy = runMetric(run, y);
    if (vx === null || vy === null) {
      missing.push({ run: run.id, key: vx === null ? x : y });
      continue;
    }
    const model = doc.models.find((m) => m.id === run.model);
    const parent = model?.variantOf ? doc.models.find((m) => m.id === model.variantOf?.model) : undefined;
    const sizeMb = run.metrics.model_size_mb;
    raw.push({
      run: run.id,
      model: run.model,
      modelName: model?.name ?? run.model,
      variantOf: parent?.name ?? null,
      x: vx,
      y: vy,
      sizeBytes: model?.size ?? (typeof sizeMb === 'number' ? Math.round(sizeMb * 1e6) : 0),
      xInterval: intervalOf(run, x),
      yInterval: intervalOf(run, y),
      mismatch: runMismatches(doc, run),
    });
  }
  const front = paretoFront(raw, higherIsBetter);
  const keys = [...new Set(done.flatMap((r) => Object.keys(r.metrics)))].sort();
  return {
    x,
    y,
    higherIsBetter,
    points: raw.map((p, i) => ({ ...p, front: front[i]! })),
    region: { x: bounds(doc, x), y: bounds(doc, y) },
    missing,
    keys,
  };
}
