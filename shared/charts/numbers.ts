/** Number text for chart ticks and labels, in the reader's locale. */

/** Compact tick text: 1,700,000 → "1.7M" (en) / "170만" (ko); small values keep 3 significant digits. */
export function tickNumber(v: number, locale: string): string {
  if (!Number.isFinite(v)) return '';
  const abs = Math.abs(v);
  if (abs >= 10_000)
    return new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 }).format(v);
  return new Intl.NumberFormat(locale, { maximumSignificantDigits: 4 }).format(Number(v.toPrecision(6)));
}

/** `6 ms`, `0.95`, `1.7M qps`: a tick with its unit (the unit is what makes an axis readable). */
export function tickWithUnit(v: number, unit: string, locale: string): string {
  const n = tickNumber(v, locale);
  return unit ? `${n} ${unit}` : n;
}

/**
 * A log axis when every value is positive and they span two orders of magnitude or more:
 * a 2,000 qps target beside a 1.7M qps value would otherwise sit on the zero line.
 */
export function wantsLogAxis(values: readonly (number | null | undefined)[]): boolean {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (xs.length < 2 || xs.some((v) => v <= 0)) return false;
  return Math.max(...xs) / Math.min(...xs) >= 100;
}

/**
 * A padded value range for a linear axis: ECharts picks nice ticks inside it. A flat series
 * still gets a band, and the padding keeps point labels off the plot's edges.
 */
export function paddedRange(values: readonly (number | null | undefined)[], pad = 0.12): [number, number] | null {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (xs.length === 0) return null;
  let lo = Math.min(...xs);
  let hi = Math.max(...xs);
  if (lo === hi) {
    const d = Math.abs(lo) * 0.05 || 0.5;
    return [lo - d, hi + d];
  }
  const d = (hi - lo) * pad;
  lo -= d;
  hi += d;
  // A quantity that cannot be negative does not get a negative axis.
  if (Math.min(...xs) >= 0 && lo < 0) lo = 0;
  return [lo, hi];
}
