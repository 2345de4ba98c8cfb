/**
 * Numbers with their uncertainty: a figure is printed to the decimals its 95% interval
 * supports (two significant digits of the half-width), never more.
 */

export type Interval = readonly [number, number];

/** Decimals an interval supports: half-width 0.018 → 3 (0.939), 0.2 → 2 (0.83). */
export function decimalsFor(interval: Interval | null | undefined, fallback = 4): number {
  if (!interval) return fallback;
  const half = Math.abs(interval[1] - interval[0]) / 2;
  if (!(half > 0) || !Number.isFinite(half)) return fallback;
  return Math.min(6, Math.max(0, Math.floor(-Math.log10(half)) + 2));
}

/** `v` at a fixed number of decimals, or — when there is no value. */
export function fixed(v: number | null | undefined, decimals: number): string {
  return v === null || v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(decimals);
}

/** `0.921–0.956` (with a unit when given), to the decimals the interval supports. */
export function intervalText(interval: Interval, unit = ''): string {
  const d = decimalsFor(interval);
  const s = `${interval[0].toFixed(d)}–${interval[1].toFixed(d)}`;
  return unit ? `${s} ${unit}` : s;
}

/** A signed delta: `+0.063`, `−0.021`, `0`. */
export function signed(v: number | null | undefined, decimals: number): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  const s = Math.abs(v).toFixed(decimals);
  if (Number(s) === 0) return s;
  return v > 0 ? `+${s}` : `−${s}`;
}
