/** Text helpers for the report: escaping and number formatting shared by HTML, SVG and CSV. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and double- or single-quoted attributes. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * A metric value for people: four significant digits below 1000 (0.874, 6.1, 0.0312),
 * thousands separators above (150,000); an en dash for "no value".
 */
export function fmt(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  return String(Number(value.toPrecision(4)));
}

/** `0.874` or `6.1 ms`. */
export function withUnit(value: number | null | undefined, unit: string): string {
  const text = fmt(value);
  return unit && text !== '–' ? `${text} ${unit}` : text;
}

/** The date part of an ISO timestamp. */
export function day(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}
