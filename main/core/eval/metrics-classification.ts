/**
 * Classification metrics under the shared metric keys, with scikit-learn's conventions.
 *
 * - `macro_precision`, `macro_recall`, `macro_f1` are sklearn's `average="macro"` with its
 *   default labels — the classes present in the truth or the predictions of the evaluated set
 *   — and `zero_division=0`: a class predicted but absent from the truth adds recall 0 (and
 *   its false positives pull its precision to 0); a present class never predicted adds
 *   precision 0.
 * - Per-class keys carry a value where sklearn defines one without its zero-division rule:
 *   `precision[c]` is null when c was never predicted, `recall[c]` when c has no true sample,
 *   `f1[c]` = 2·TP / (2·TP + FP + FN) is null only when c is in neither.
 * - `min_class_recall` runs over the classes with at least one true sample.
 * - `top5_accuracy` exists only with 5 or more classes.
 * - Ratios are computed from integer counts (e.g. error_rate = wrong / n, not 1 − accuracy)
 *   so that hand-computed values match bit for bit.
 * - Every proportion of samples (accuracy, error_rate, top5_accuracy, precision[c],
 *   recall[c], min_class_recall — its class's recall) gets a 95% Wilson score interval under
 *   the same key; F1 and macro averages are no proportion of samples and get none.
 * - Every key is repeated per slice tag as `slice[<tag>].<key>`.
 */
import { wilson, type Interval } from './intervals.js';

export type Metrics = Record<string, number | null>;

export interface ClassificationInput {
  classes: readonly string[];
  /** True class index per scored sample. */
  truth: ArrayLike<number>;
  /** Predicted class index per scored sample. */
  pred: ArrayLike<number>;
  /** 1 when the true class is among the 5 highest scores (only read with ≥ 5 classes). */
  top5?: ArrayLike<number>;
  /** Slice tags per scored sample. */
  slices?: readonly (readonly string[] | undefined)[];
}

export type Intervals = Record<string, Interval>;

export interface ClassificationResult {
  metrics: Metrics;
  /** 95% Wilson interval of every proportion in `metrics`, keyed the same way. */
  intervals: Intervals;
  /** rows = true class, columns = predicted class, in `classes` order. */
  confusion: number[][];
}

export function confusionMatrix(
  k: number,
  truth: ArrayLike<number>,
  pred: ArrayLike<number>,
  pick?: number[],
): number[][] {
  const m = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const n = pick ? pick.length : truth.length;
  for (let j = 0; j < n; j++) {
    const i = pick ? (pick[j] as number) : j;
    const row = m[truth[i] as number];
    const p = pred[i] as number;
    if (row && p >= 0 && p < k) row[p] = (row[p] as number) + 1;
  }
  return m;
}

function put(intervals: Intervals, key: string, k: number, n: number): void {
  const ci = wilson(k, n);
  if (ci) intervals[key] = ci;
}

function metricsOf(
  input: ClassificationInput,
  pick: number[] | undefined,
  prefix: string,
  out: Metrics,
  intervals: Intervals,
): number[][] {
  const k = input.classes.length;
  const m = confusionMatrix(k, input.truth, input.pred, pick);
  const n = pick ? pick.length : input.truth.length;
  let hits: number | null = null;
  const top5 = input.top5;
  if (k >= 5 && top5) {
    hits = 0;
    for (let j = 0; j < n; j++) hits += (top5[pick ? (pick[j] as number) : j] as number) ? 1 : 0;
  }
  matrixMetrics(input.classes, m, n, hits, prefix, out, intervals);
  return m;
}

/**
 * Every key of one sample set from its confusion matrix `m` (`n` samples, which may exceed
 * the matrix's total when some predictions fell outside the classes) and its top-5 hits
 * (null when top-5 was not kept).
 */
function matrixMetrics(
  classes: readonly string[],
  m: number[][],
  n: number,
  top5Hits: number | null,
  prefix: string,
  out: Metrics,
  intervals: Intervals,
): void {
  const k = classes.length;
  let correct = 0;
  for (let c = 0; c < k; c++) correct += (m[c] as number[])[c] as number;
  out[`${prefix}accuracy`] = n > 0 ? correct / n : null;
  out[`${prefix}error_rate`] = n > 0 ? (n - correct) / n : null;
  put(intervals, `${prefix}accuracy`, correct, n);
  put(intervals, `${prefix}error_rate`, n - correct, n);
  if (k >= 5) {
    out[`${prefix}top5_accuracy`] = n > 0 && top5Hits !== null ? top5Hits / n : null;
    if (top5Hits !== null) put(intervals, `${prefix}top5_accuracy`, top5Hits, n);
  }
  let sumP = 0;
  let sumR = 0;
  let sumF = 0;
  let labels = 0;
  let minRecall: { tp: number; support: number } | null = null;
  for (let c = 0; c < k; c++) {
    const name = classes[c] as string;
    const tp = (m[c] as number[])[c] as number;
    let support = 0;
    let predicted = 0;
    for (let j = 0; j < k; j++) {
      support += (m[c] as number[])[j] as number;
      predicted += (m[j] as number[])[c] as number;
    }
    const fn = support - tp;
    const fp = predicted - tp;
    out[`${prefix}precision[${name}]`] = predicted > 0 ? tp / predicted : null;
    out[`${prefix}recall[${name}]`] = support > 0 ? tp / support : null;
    out[`${prefix}f1[${name}]`] = support + predicted > 0 ? (2 * tp) / (2 * tp + fp + fn) : null;
    put(intervals, `${prefix}precision[${name}]`, tp, predicted);
    put(intervals, `${prefix}recall[${name}]`, tp, support);
    if (support + predicted === 0) continue;
    // sklearn's label set: in the truth or the predictions; 0/0 counts as 0.
    labels++;
    sumP += predicted > 0 ? tp / predicted : 0;
    sumR += support > 0 ? tp / support : 0;
    sumF += (2 * tp) / (2 * tp + fp + fn);
    // The weakest class: ties go to the first in class order.
    if (support > 0 && (minRecall === null || tp * minRecall.support < minRecall.tp * support))
      minRecall = { tp, support };
  }
  out[`${prefix}macro_precision`] = labels > 0 ? sumP / labels : null;
  out[`${prefix}macro_recall`] = labels > 0 ? sumR / labels : null;
  out[`${prefix}macro_f1`] = labels > 0 ? sumF / labels : null;
  out[`${prefix}min_class_recall`] = minRecall ? minRecall.tp / minRecall.support : null;
  if (minRecall) put(intervals, `${prefix}min_class_recall`, minRecall.tp, minRecall.support);
}

/** Sorted distinct slice tags and, per tag, the indices of the samples carrying it. */
export function sliceIndex(slices: readonly (readonly string[] | undefined)[] | undefined): Map<string, number[]> {
  const byTag = new Map<string, number[]>();
  slices?.forEach((tags, i) => {
    for (const tag of new Set(tags ?? [])) {
      let list = byTag.get(tag);
      if (!list) byTag.set(tag, (list = []));
      list.push(i);
    }
  });
  return new Map([...byTag.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** All classification metrics, overall and per slice, plus the overall confusion matrix. */
export function classificationMetrics(input: ClassificationInput): ClassificationResult {
  if (input.truth.length !== input.pred.length) {
    throw new Error(`truth (${input.truth.length}) and pred (${input.pred.length}) differ in length`);
  }
  const metrics: Metrics = {};
  const intervals: Intervals = {};
  const confusion = metricsOf(input, undefined, '', metrics, intervals);
  for (const [tag, pick] of sliceIndex(input.slices)) metricsOf(input, pick, `slice[${tag}].`, metrics, intervals);
  return { metrics, intervals, confusion };
}

/**
 * The same metrics from counts instead of per-sample arrays: the confusion matrix of every
 * sample and one per slice tag (rows = true class, columns = predicted, in `classes` order;
 * every sample counted once in its cell). Top-5 is not known from counts, so with five or
 * more classes `top5_accuracy` is null, as it is for arrays given without `top5`.
 */
export function classificationMetricsFromCounts(
  classes: readonly string[],
  confusion: number[][],
  bySlice: ReadonlyMap<string, number[][]>,
): ClassificationResult {
  const metrics: Metrics = {};
  const intervals: Intervals = {};
  const total = (m: number[][]) => m.reduce((s, row) => s + row.reduce((t, v) => t + v, 0), 0);
  matrixMetrics(classes, confusion, total(confusion), null, '', metrics, intervals);
  const tags = [...bySlice.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const tag of tags) {
    const m = bySlice.get(tag)!;
    matrixMetrics(classes, m, total(m), null, `slice[${tag}].`, metrics, intervals);
  }
  return { metrics, intervals, confusion };
}
