/** Number formatting shared by the board, history and slides. */

/** Four significant digits, trailing zeros dropped: 0.874, 6.1, 2400. */
export function fmt(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  if (v === 0) return '0';
  const abs = Math.abs(v);
  if (abs >= 10_000) return Math.round(v).toLocaleString('en');
  return String(Number(v.toPrecision(4)));
}

/** A value with its unit: `6.1 ms`, `0.874`. */
export function withUnit(v: number | null | undefined, unit: string): string {
  const s = fmt(v);
  return unit && s !== '—' ? `${s} ${unit}` : s;
}

export const opSymbol = (op: '>=' | '<=') => (op === '>=' ? '≥' : '≤');

/** `3 Nov` from an ISO timestamp (the UI's language decides the month name). */
export function shortDate(iso: string | undefined, lang = 'en'): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10);
  return d.toLocaleDateString(lang, { day: 'numeric', month: 'short' });
}

/** Relative gap as a percentage: `12%`. */
export function pct(rel: number | null | undefined): string {
  if (rel === null || rel === undefined || !Number.isFinite(rel)) return '';
  return `${Number((rel * 100).toPrecision(2))}%`;
}
