/**
 * Classification metrics with the shared metric keys, from the generator's own forward pass,
 * so phase 2 can check that Gapboard's engine reproduces them exactly. The definitions are
 * the engine's (scikit-learn's conventions), called here rather than written twice; only the
 * predictions come from the generator.
 */
import { classificationMetrics as engineMetrics } from '../main/core/eval/metrics-classification.js';
import type { ManifestEntry } from './dataset.js';

export type MetricMap = Record<string, number>;

export interface Scored {
  entry: ManifestEntry;
  predicted: string;
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** Accuracy, error rate, per-class and macro precision / recall / F1, per-slice accuracy. */
export function classificationMetrics(scored: readonly Scored[], classes: readonly string[]): MetricMap {
  const index = new Map(classes.map((c, i) => [c, i]));
  const { metrics } = engineMetrics({
    classes,
    truth: scored.map((s) => index.get(s.entry.label) ?? -1),
    pred: scored.map((s) => index.get(s.predicted) ?? -1),
    slices: scored.map((s) => s.entry.slices),
  });
  const m: MetricMap = { count: scored.length };
  const keep = (key: string, as = key): void => {
    const v = metrics[key];
    // Undefined figures (a class never predicted has no precision) are left out, not zeroed.
    if (typeof v === 'number') m[as] = round6(v);
  };
  keep('accuracy');
  keep('error_rate');
  for (const c of classes) for (const k of ['precision', 'recall', 'f1']) keep(`${k}[${c}]`);
  for (const k of ['macro_precision', 'macro_recall', 'macro_f1', 'min_class_recall']) keep(k);
  const tags = [...new Set(scored.flatMap((s) => s.entry.slices))].sort();
  for (const tag of tags) {
    m[`slice[${tag}].count`] = scored.filter((s) => s.entry.slices.includes(tag)).length;
    keep(`slice[${tag}].accuracy`);
  }
  return m;
}

/** Counts per class / split / slice for the `data.*` keys (scoped to one split or all). */
export function dataMetrics(entries: readonly ManifestEntry[], classes: readonly string[]): MetricMap {
  const m: MetricMap = { 'data.count': entries.length };
  let min = Infinity;
  for (const c of classes) {
    const k = entries.filter((e) => e.label === c).length;
    m[`data.count[${c}]`] = k;
    min = Math.min(min, k);
  }
  m['data.min_class_count'] = Number.isFinite(min) ? min : 0;
  const tags = [...new Set(entries.flatMap((e) => e.slices))].sort();
  for (const tag of tags) m[`data.count[slice=${tag}]`] = entries.filter((e) => e.slices.includes(tag)).length;
  return m;
}
