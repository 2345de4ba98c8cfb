/**
 * Regression metrics (`mae`, `rmse`, `r2`). r2 = 1 − SS_res / SS_tot and is null when the
 * truth is constant (SS_tot = 0), where it is undefined; all are null for an empty set.
 */
import { sliceIndex, type Metrics } from './metrics-classification.js';

function regressionOf(
  truth: ArrayLike<number>,
  pred: ArrayLike<number>,
  pick: number[] | undefined,
  prefix: string,
  out: Metrics,
): void {
  const n = pick ? pick.length : truth.length;
  if (n === 0) {
    out[`${prefix}mae`] = out[`${prefix}rmse`] = out[`${prefix}r2`] = null;
    return;
  }
  let absSum = 0;
  let sqSum = 0;
  let ySum = 0;
  for (let j = 0; j < n; j++) {
    const i = pick ? (pick[j] as number) : j;
    const e = (pred[i] as number) - (truth[i] as number);
    absSum += Math.abs(e);
    sqSum += e * e;
    ySum += truth[i] as number;
  }
  const yMean = ySum / n;
  let ssTot = 0;
  for (let j = 0; j < n; j++) {
    const d = (truth[pick ? (pick[j] as number) : j] as number) - yMean;
    ssTot += d * d;
  }
  out[`${prefix}mae`] = absSum / n;
  out[`${prefix}rmse`] = Math.sqrt(sqSum / n);
  out[`${prefix}r2`] = ssTot > 0 ? 1 - sqSum / ssTot : null;
}

export function regressionMetrics(input: {
  truth: ArrayLike<number>;
  pred: ArrayLike<number>;
  slices?: readonly (readonly string[] | undefined)[];
}): Metrics {
  const out: Metrics = {};
  regressionOf(input.truth, input.pred, undefined, '', out);
  for (const [tag, pick] of sliceIndex(input.slices))
    regressionOf(input.truth, input.pred, pick, `slice[${tag}].`, out);
  return out;
}
