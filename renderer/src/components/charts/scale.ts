/** Tiny linear scales for the SVG charts (plain SVG keeps data-testids on every point). */

export interface Scale {
  (v: number): number;
  domain: [number, number];
  ticks: number[];
}

/** A domain padded a little and never empty (a flat series still gets a visible band). */
export function extent(values: readonly (number | null | undefined)[], pad = 0.08): [number, number] {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (xs.length === 0) return [0, 1];
  let lo = Math.min(...xs);
  let hi = Math.max(...xs);
  if (lo === hi) {
    const d = Math.abs(lo) * 0.05 || 0.5;
    lo -= d;
    hi += d;
  }
  const d = (hi - lo) * pad;
  return [lo - d, hi + d];
}

function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  return (norm >= 5 ? 10 : norm >= 2 ? 5 : norm >= 1 ? 2 : 1) * mag;
}

/** Maps `domain` onto [from, to] (pixels); `ticks` are round values inside the domain. */
export function linear(domain: [number, number], from: number, to: number, tickCount = 4): Scale {
  const [d0, d1] = domain;
  const k = d1 === d0 ? 0 : (to - from) / (d1 - d0);
  const f = ((v: number) => from + (v - d0) * k) as Scale;
  f.domain = domain;
  const step = niceStep(d1 - d0, tickCount);
  const ticks: number[] = [];
  for (let t = Math.ceil(d0 / step) * step; t <= d1 + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(10)));
  f.ticks = ticks;
  return f;
}

/** Evenly spaced positions for `n` categories (iterations) between `from` and `to`. */
export function bands(n: number, from: number, to: number): (i: number) => number {
  if (n <= 1) return () => (from + to) / 2;
  const step = (to - from) / (n - 1);
  return (i) => from + i * step;
}

/**
 * An SVG path through the points, broken where a value is missing; `stepped` draws a step
 * line (horizontal, then vertical) — the shape of a target that moves between iterations.
 */
export function pathOf(points: readonly ([number, number] | null)[], stepped = false): string {
  let d = '';
  let prev: [number, number] | null = null;
  for (const p of points) {
    if (!p) {
      prev = null;
      continue;
    }
    const [x, y] = p;
    if (!prev) d += `M${x.toFixed(1)},${y.toFixed(1)}`;
    else if (stepped) d += `H${x.toFixed(1)}V${y.toFixed(1)}`;
    else d += `L${x.toFixed(1)},${y.toFixed(1)}`;
    prev = p;
  }
  return d;
}

/** Average width of one character of the charts' 11px label font, in viewBox units. */
const CHAR_WIDTH = 6.2;

/** Shortens a label to fit `width` (an ellipsis marks the cut; the full text goes in a <title>). */
export function fitLabel(text: string, width: number): string {
  const max = Math.max(3, Math.floor(width / CHAR_WIDTH));
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Axis tick text that fits a narrow gutter: 450000 → 450k, 2500000 → 2.5M. */
export function tickText(v: number, format: (n: number) => string): string {
  const a = Math.abs(v);
  if (a >= 1e6) return `${+(v / 1e6).toPrecision(3)}M`;
  if (a >= 1e4) return `${+(v / 1e3).toPrecision(3)}k`;
  return format(v);
}
