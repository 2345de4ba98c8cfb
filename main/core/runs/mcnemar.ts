/**
 * The exact McNemar test: are two classifiers, scored on the same samples, equally accurate?
 * Only the discordant pairs carry information — `b` samples where only the first is right,
 * `c` where only the second is. Under the null hypothesis each discordant pair is a fair coin,
 * so b ~ Binomial(b + c, 1/2) and the two-sided p-value is min(1, 2·P(X ≤ min(b, c))).
 */

export interface McNemarResult {
  /** Samples the first run got right and the second wrong. */
  b: number;
  /** Samples the first run got wrong and the second right. */
  c: number;
  /** Two-sided exact p-value (1 when there are no discordant pairs). */
  pValue: number;
}

/**
 * Two-sided exact p-value for `b` and `c` discordant pairs. Summed relative to the largest
 * term and scaled in log space, so thousands of pairs neither overflow nor lose precision.
 */
export function mcnemarExact(b: number, c: number): number {
  if (!Number.isInteger(b) || !Number.isInteger(c) || b < 0 || c < 0) {
    throw new RangeError(`McNemar counts must be whole numbers ≥ 0, got b=${b}, c=${c}`);
  }
  const n = b + c;
  if (n === 0) return 1;
  const k = Math.min(b, c);
  // C(n, i) for i ≤ k ≤ n/2 grows with i, so C(n, k) is the largest term of the tail.
  let logTop = 0;
  for (let j = 1; j <= k; j++) logTop += Math.log(n - k + j) - Math.log(j);
  let term = 1;
  let sum = 1;
  for (let i = k; i > 0; i--) {
    term *= i / (n - i + 1);
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  const p = 2 * Math.exp(logTop - n * Math.LN2 + Math.log(sum));
  return Math.min(1, p);
}

/** Counts the discordant pairs of two correctness vectors (same samples, same order). */
export function mcnemar(firstRight: readonly boolean[], secondRight: readonly boolean[]): McNemarResult {
  if (firstRight.length !== secondRight.length) {
    throw new RangeError(`McNemar needs paired samples: ${firstRight.length} vs ${secondRight.length}`);
  }
  let b = 0;
  let c = 0;
  for (let i = 0; i < firstRight.length; i++) {
    if (firstRight[i] && !secondRight[i]) b++;
    else if (!firstRight[i] && secondRight[i]) c++;
  }
  return { b, c, pValue: mcnemarExact(b, c) };
}
