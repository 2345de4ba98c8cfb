/**
 * Classification metrics with the shared metric keys, computed by the generator's own forward
 * pass so phase 2 can check that Gapboard's engine reproduces them exactly.
 *
 * Conventions (the usual ones; precision of a class never predicted is 0, as in scikit-learn
 * with zero_division=0): macro averages are unweighted means over all classes of the split.
 */
import type { ManifestEntry } from './dataset.js';

export type MetricMap = Record<string, number>;

export interface Scored {
  entry: ManifestEntry;
  predicted: string;
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** Accuracy, error rate, per-class and macro precision / recall / F1, per-slice figures. */
export function classificationMetrics(scored: readonly Scored[], classes: readonly string[]): MetricMap {
  const m: MetricMap = {};
  const n = scored.length;
  const correct = scored.filter((s) => s.predicted === s.entry.label).length;
  m.count = n;
  m.accuracy = round6(n ? correct / n : 0);
  m.error_rate = round6(n ? 1 - correct / n : 0);
  let sumP = 0;
  let sumR = 0;
  let sumF = 0;
  let minRecall = Infinity;
  for (const c of classes) {
    const tp = scored.filter((s) => s.entry.label === c && s.predicted === c).length;
    const actual = scored.filter((s) => s.entry.label === c).length;
    const predicted = scored.filter((s) => s.predicted === c).length;
    const p = predicted ? tp / predicted : 0;
    const r = actual ? tp / actual : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    m[`precision[${c}]`] = round6(p);
    m[`recall[${c}]`] = round6(r);
    m[`f1[${c}]`] = round6(f);
    sumP += p;
    sumR += r;
    sumF += f;
    if (actual) minRecall = Math.min(minRecall, r);
  }
  m.macro_precision = round6(sumP / classes.length);
  m.macro_recall = round6(sumR / classes.length);
  m.macro_f1 = round6(sumF / classes.length);
  m.min_class_recall = round6(Number.isFinite(minRecall) ? minRecall : 0);

  const tags = [...new Set(scored.flatMap((s) => s.entry.slices))].sort();
  for (const tag of tags) {
    const sub = scored.filter((s) => s.entry.slices.includes(tag));
    const ok = sub.filter((s) => s.predicted === s.entry.label).length;
    m[`slice[${tag}].count`] = sub.length;
    m[`slice[${tag}].accuracy`] = round6(ok / sub.length);
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
