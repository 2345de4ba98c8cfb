/**
 * The gap rules: how far a measured value is from a requirement's target.
 *
 * - `>=`: gap = max(0, target − value); `<=`: gap = max(0, value − target).
 * - relGap = gap / |target|. When the target is 0 a relative gap has no meaning: it is 0 when
 *   the requirement is met and null otherwise (never Infinity, which JSON cannot carry).
 * - met when gap = 0; untested when there is no finite value (gap and relGap are then null).
 */
import type { Operator } from '../../../shared/schema.js';

export type { GapStatus } from '../../../shared/board-views.js';
import type { GapStatus } from '../../../shared/board-views.js';

export interface GapResult {
  gap: number | null;
  relGap: number | null;
  status: GapStatus;
}

/**
 * Float subtraction leaves noise (0.97 − 0.874 = 0.09599999999999997); twelve significant
 * digits are far beyond any metric's real precision and keep frozen scorecards readable.
 */
function clean(x: number): number {
  if (x === 0) return 0;
  return Number(x.toPrecision(12));
}

/**
 * Scores one value against a target.
 * @param op the requirement's operator
 * @param target the requirement's target
 * @param value the measured value; null, undefined or non-finite means "not measured"
 */
export function computeGap(op: Operator, target: number, value: number | null | undefined): GapResult {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return { gap: null, relGap: null, status: 'untested' };
  }
  const raw = op === '>=' ? target - value : value - target;
  // A difference below float resolution of the target is equality, not a miss.
  const tolerance = 1e-12 * Math.max(1, Math.abs(target));
  const gap = raw <= tolerance ? 0 : clean(raw);
  const relGap = target === 0 ? (gap === 0 ? 0 : null) : clean(gap / Math.abs(target));
  return { gap, relGap, status: gap === 0 ? 'met' : 'unmet' };
}
