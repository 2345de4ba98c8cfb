/**
 * Latency percentiles and their distribution-free confidence bounds.
 *
 * The percentile is read at MLPerf LoadGen's index: `sorted[floor(n·p)]`, 0-based (clamped to
 * the last sample) — one rank above the textbook nearest-rank rule whenever n·p is whole.
 *
 * The bound needs no assumption about the latency distribution: the number of measured
 * latencies below the true p-quantile is Bin(n, p), so order statistics chosen from the
 * binomial tails bracket it with a known confidence. This is the reasoning LoadGen's early
 * stopping rests on; here it is reported as a two-sided 95% interval, equal-tailed.
 */
import type { Interval } from './intervals.js';

/** Float slack for n·p: 1000 × 0.95 must land on index 950, not 949.9999. */
const EPS = 1e-9;

/** The p-percentile of ascending `sorted` at LoadGen's index (NaN when empty). */
export function loadgenPercentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const i = Math.min(n - 1, Math.max(0, Math.floor(n * p + EPS)));
  return sorted[i] as number;
}

/**
 * 0-based ranks [lo, hi] of the order statistics that bracket the true p-quantile with at
 * least `confidence` (equal tails), or null when n is too small for one of the two sides.
 * With X ~ Bin(n, p) the count of samples below the quantile, the sample at rank j lies above
 * it with probability P[X ≤ j]: the lower rank is the largest j with P[X ≤ j] ≤ α/2, the upper
 * rank the smallest j with P[X ≤ j] ≥ 1 − α/2.
 */
export function percentileRanks(n: number, p: number, confidence = 0.95): [number, number] | null {
  if (n <= 0 || !(p > 0 && p < 1)) return null;
  const tail = (1 - confidence) / 2;
  // One pass over the probability mass: ln C(n, j) by the product recurrence, terms far in the
  // tails underflow to 0, which cannot move a cumulative sum compared with 2.5%.
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  let logChoose = 0;
  let cdf = 0;
  let lo = -1;
  for (let j = 0; j < n; j++) {
    cdf += Math.exp(logChoose + j * lp + (n - j) * lq);
    if (cdf <= tail) lo = j;
    if (cdf >= 1 - tail) return lo < 0 ? null : [lo, j];
    logChoose += Math.log(n - j) - Math.log(j + 1);
  }
  // Even the largest sample is not above the quantile with the confidence asked.
  return null;
}

/** The 95% distribution-free interval of the p-percentile from ascending `sorted`, or null. */
export function percentileInterval(sorted: ArrayLike<number>, p: number, confidence = 0.95): Interval | null {
  const ranks = percentileRanks(sorted.length, p, confidence);
  if (!ranks) return null;
  return [sorted[ranks[0]] as number, sorted[ranks[1]] as number];
}

/**
 * Fewest single-stream queries for which the p-percentile has a 95% upper bound at all:
 * the largest sample is above the quantile with probability 1 − pⁿ, which must reach 97.5%
 * (p99 needs 368 queries, p95 72, p90 36, p50 6).
 */
export function minQueriesForBound(p: number, confidence = 0.95): number {
  const tail = (1 - confidence) / 2;
  return Math.ceil(Math.log(tail) / Math.log(p) - EPS);
}
