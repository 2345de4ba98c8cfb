/**
 * The exact McNemar test: are two classifiers, scored on the same samples, equally accurate?
 * Only the discordant pairs carry information — `b` samples where only the first is right,
 * `c` where only the second is. Under the null hypothesis each discordant pair is a fair coin,
 * so b ~ Binomial(b + c, 1/2) and the two-sided p-value is min(1, 2·P(X ≤ min(b, c))).
 */
import { mcnemarExact as exactP } from '../eval/intervals.js';

export interface McNemarResult {
  /** Samples the first run got right and the second wrong. */
  b: number;
  /** Samples the first run got wrong and the second right. */
  c: number;
  /** Two-sided exact p-value (1 when there are no discordant pairs). */
  pValue: number;
}

/** Two-sided exact p-value for `b` and `c` discordant pairs; refuses counts that are not counts. */
export function mcnemarExact(b: number, c: number): number {
  if (!Number.isInteger(b) || !Number.isInteger(c) || b < 0 || c < 0) {
    throw new RangeError(`McNemar counts must be whole numbers ≥ 0, got b=${b}, c=${c}`);
  }
  return exactP(b, c);
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
