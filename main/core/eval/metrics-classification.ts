/**
 * Classification metrics under the shared metric keys.
 *
 * Conventions (documented because requirements are scored against them):
 * - `precision[c]` is null when the model never predicted c (0/0); `recall[c]` is null when
 *   c has no true samples in the evaluated set; `f1[c]` = 2·TP / (2·TP + FP + FN), null only
 *   when c is absent from both truth and predictions.
 * - Macro averages and `min_class_recall` run over the classes with at least one true sample
 *   (so a slice that lacks a class is not dragged down by it). Inside that set an undefined
 *   precision (a present class that was never predicted) counts as 0: hiding it would reward
 *   a model for ignoring a class.
 * - `top5_accuracy` exists only with 5 or more classes.
 * - Ratios are computed from integer counts (e.g. error_rate = wrong / n, not 1 − accuracy)
 *   so that hand-computed values match bit for bit.
 * - Every key is repeated per slice tag as `slice[<tag>].<key>`.
 */

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

export interface ClassificationResult {
  metrics: Metrics;
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

function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}

function metricsOf(input: ClassificationInput, pick: number[] | undefined, prefix: string, out: Metrics): number[][] {
  const k = input.classes.length;
  const m = confusionMatrix(k, input.truth, input.pred, pick);
  const n = pick ? pick.length : input.truth.length;
  let correct = 0;
  for (let c = 0; c < k; c++) correct += (m[c] as number[])[c] as number;
  out[`${prefix}accuracy`] = n > 0 ? correct / n : null;
  out[`${prefix}error_rate`] = n > 0 ? (n - correct) / n : null;
  if (k >= 5) {
    let hits = 0;
    const top5 = input.top5;
    for (let j = 0; j < n; j++) hits += top5 ? ((top5[pick ? (pick[j] as number) : j] as number) ? 1 : 0) : 0;
    out[`${prefix}top5_accuracy`] = n > 0 && top5 ? hits / n : null;
  }
  const precisions: number[] = [];
  const recalls: number[] = [];
  const f1s: number[] = [];
  for (let c = 0; c < k; c++) {
    const name = input.classes[c] as string;
    const tp = (m[c] as number[])[c] as number;
    let support = 0;
    let predicted = 0;
    for (let j = 0; j < k; j++) {
      support += (m[c] as number[])[j] as number;
      predicted += (m[j] as number[])[c] as number;
    }
    const fn = support - tp;
    const fp = predicted - tp;
    const precision = predicted > 0 ? tp / predicted : null;
    const recall = support > 0 ? tp / support : null;
    const f1 = support + predicted > 0 ? (2 * tp) / (2 * tp + fp + fn) : null;
    out[`${prefix}precision[${name}]`] = precision;
    out[`${prefix}recall[${name}]`] = recall;
    out[`${prefix}f1[${name}]`] = f1;
    if (support > 0) {
      precisions.push(precision ?? 0);
      recalls.push(recall as number);
      f1s.push(f1 as number);
    }
  }
  out[`${prefix}macro_precision`] = mean(precisions);
  out[`${prefix}macro_recall`] = mean(recalls);
  out[`${prefix}macro_f1`] = mean(f1s);
  out[`${prefix}min_class_recall`] = recalls.length > 0 ? Math.min(...recalls) : null;
  return m;
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
  const confusion = metricsOf(input, undefined, '', metrics);
  for (const [tag, pick] of sliceIndex(input.slices)) metricsOf(input, pick, `slice[${tag}].`, metrics);
  return { metrics, confusion };
}
