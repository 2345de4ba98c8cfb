/**
 * Exact small statistics shared by the metrics, the speed figures and run comparison: the
 * Wilson score interval of a proportion, binomial tail probabilities and the exact McNemar
 * test. Pure functions on counts, so each can be checked against a formula worked by hand.
 */

/** An interval [low, high]; proportions and latency bounds are stored in this shape. */
export type Interval = [number, number];

/** The two-sided 95% normal quantile, z = Φ⁻¹(0.975), to the digits statsmodels uses. */
export const Z95 = 1.959963984540054;

/**
 * Wilson score interval of k successes in n trials (two-sided, 95% by default), clamped to
 * [0, 1] so float rounding at k = 0 or k = n never yields −1e-17. Null when n is 0: a
 * proportion of nothing has no interval.
 */
export function wilson(k: number, n: number, z = Z95): Interval | null {
  if (!(n > 0) || k < 0 || k > n) return null;
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return [Math.max(0, center - half), Math.min(1, center + half)];
}

/** ln C(n, i) for i = 0..n, built by the product recurrence (exact enough for any n here). */
function logChoose(n: number): Float64Array {
  const out = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) out[i + 1] = (out[i] as number) + Math.log(n - i) - Math.log(i + 1);
  return out;
}

/**
 * The binomial distribution function P[X ≤ k] for X ~ Bin(n, p), summed in log space so it
 * stays accurate for tens of thousands of trials (plain products under- and overflow there).
 */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p <= 0) return 1;
  if (p >= 1) return 0;
  const lc = logChoose(n);
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  const terms: number[] = [];
  let max = -Infinity;
  for (let i = 0; i <= k; i++) {
    const t = (lc[i] as number) + i * lp + (n - i) * lq;
    terms.push(t);
    if (t > max) max = t;
  }
  let sum = 0;
  for (const t of terms) sum += Math.exp(t - max);
  return Math.min(1, Math.exp(max + Math.log(sum)));
}

/**
 * Exact two-sided McNemar test on the discordant pairs: b samples only the first run got
 * right, c only the second. p = min(1, 2·P[X ≤ min(b, c)]) with X ~ Bin(b + c, ½); 1 when
 * there are no discordant pairs (nothing tells the runs apart).
 */
export function mcnemarExact(b: number, c: number): number {
  const n = b + c;
  if (n === 0) return 1;
  return Math.min(1, 2 * binomialCdf(Math.min(b, c), n, 0.5));
}
