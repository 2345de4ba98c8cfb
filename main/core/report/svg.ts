/**
 * Inline SVG charts for the self-contained report (no script, no external request): value vs a
 * stepped target line, a sparkline, grouped bars for the burndown, and cost vs quality.
 */
import { esc, fmt } from './format.js';

export interface SeriesPoint {
  label: string;
  value: number | null;
  target: number | null;
}

const COLORS = {
  value: '#2563eb',
  target: '#dc2626',
  must: '#dc2626',
  should: '#f59e0b',
  grid: '#e5e7eb',
  text: '#374151',
};

function extent(nums: number[]): [number, number] {
  if (nums.length === 0) return [0, 1];
  let lo = Math.min(...nums);
  let hi = Math.max(...nums);
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  }
  const pad = (hi - lo) * 0.08;
  return [lo - pad, hi + pad];
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/** Polyline segments that break where the value is missing (untested or not yet defined). */
function segments(xs: number[], ys: (number | null)[]): string {
  let d = '';
  let pen = false;
  ys.forEach((y, i) => {
    if (y === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${r1(xs[i]!)} ${r1(y)}`;
    pen = true;
  });
  return d;
}

/** A path that holds each target until the next iteration, then steps to the new one. */
function stepPath(xs: number[], ys: (number | null)[]): string {
  let d = '';
  let prev: number | null = null;
  ys.forEach((y, i) => {
    if (y === null) {
      prev = null;
      return;
    }
    if (prev === null) d += `M${r1(xs[i]!)} ${r1(y)}`;
    else d += `L${r1(xs[i]!)} ${r1(prev)}L${r1(xs[i]!)} ${r1(y)}`;
    prev = y;
  });
  // Extend the last target a little so a single point still shows as a line.
  if (prev !== null && xs.length > 0) d += `L${r1(xs[xs.length - 1]! + 6)} ${r1(prev)}`;
  return d;
}

/** Value (line with dots) vs target (dashed step line) over iterations, with axis labels. */
export function historyChart(
  points: SeriesPoint[],
  opts: { width?: number; height?: number; title?: string } = {},
): string {
  const w = opts.width ?? 360;
  const h = opts.height ?? 140;
  const m = { l: 48, r: 28, t: 10, b: 24 };
  const nums = points.flatMap((p) => [p.value, p.target]).filter((v): v is number => v !== null);
  // Axis labels name real figures (the data's extremes), not the padded plot range.
  const dmin = nums.length ? Math.min(...nums) : 0;
  const dmax = nums.length ? Math.max(...nums) : 1;
  const [lo, hi] = extent(nums);
  const n = points.length;
  const xs = points.map((_, i) => m.l + (n <= 1 ? (w - m.l - m.r) / 2 : (i * (w - m.l - m.r)) / (n - 1)));
  const y = (v: number) => m.t + ((hi - v) * (h - m.t - m.b)) / (hi - lo);
  const vy = points.map((p) => (p.value === null ? null : y(p.value)));
  const ty = points.map((p) => (p.target === null ? null : y(p.target)));
  const dots = points
    .map((p, i) =>
      p.value === null
        ? ''
        : `<circle cx="${r1(xs[i]!)}" cy="${r1(vy[i]!)}" r="2.5" fill="${COLORS.value}"><title>${esc(p.label)}: ${fmt(p.value)}</title></circle>`,
    )
    .join('');
  const every = Math.max(1, Math.ceil(n / 8));
  const xLabels = points
    .map((p, i) =>
      i % every === 0 || i === n - 1
        ? `<text x="${r1(xs[i]!)}" y="${h - 6}" text-anchor="${n > 1 && i === n - 1 ? 'end' : 'middle'}">${esc(p.label)}</text>`
        : '',
    )
    .join('');
  return [
    `<svg class="chart" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="${esc(opts.title ?? 'value vs target')}">`,
    `<g font-size="10" fill="${COLORS.text}">`,
    `<line x1="${m.l}" x2="${w - m.r}" y1="${r1(y(dmax))}" y2="${r1(y(dmax))}" stroke="${COLORS.grid}"/>`,
    `<line x1="${m.l}" x2="${w - m.r}" y1="${r1(y(dmin))}" y2="${r1(y(dmin))}" stroke="${COLORS.grid}"/>`,
    `<text x="${m.l - 4}" y="${r1(y(dmax)) + 4}" text-anchor="end">${fmt(dmax)}</text>`,
    dmin !== dmax ? `<text x="${m.l - 4}" y="${r1(y(dmin)) + 4}" text-anchor="end">${fmt(dmin)}</text>` : '',
    xLabels,
    '</g>',
    `<path d="${stepPath(xs, ty)}" fill="none" stroke="${COLORS.target}" stroke-width="1.5" stroke-dasharray="4 3"/>`,
    `<path d="${segments(xs, vy)}" fill="none" stroke="${COLORS.value}" stroke-width="2"/>`,
    dots,
    '</svg>',
  ].join('');
}

/** A small trend line for a board card (value only, target as a dashed step line). */
export function sparkline(points: SeriesPoint[], width = 96, height = 24): string {
  if (points.length === 0) return '';
  const nums = points.flatMap((p) => [p.value, p.target]).filter((v): v is number => v !== null);
  const [lo, hi] = extent(nums);
  const n = points.length;
  const xs = points.map((_, i) => 2 + (n <= 1 ? (width - 4) / 2 : (i * (width - 10)) / (n - 1)));
  const y = (v: number | null) => (v === null ? null : 2 + ((hi - v) * (height - 4)) / (hi - lo));
  return `<svg class="spark" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-hidden="true"><path d="${stepPath(
    xs,
    points.map((p) => y(p.target)),
  )}" fill="none" stroke="${COLORS.target}" stroke-width="1" stroke-dasharray="3 2"/><path d="${segments(
    xs,
    points.map((p) => y(p.value)),
  )}" fill="none" stroke="${COLORS.value}" stroke-width="1.5"/></svg>`;
}

/** Grouped bars: unmet must and should requirements per iteration. */
export function burndownChart(
  bars: { label: string; must: number; should: number }[],
  width = 560,
  height = 180,
): string {
  const m = { l: 32, r: 12, t: 10, b: 24 };
  const max = Math.max(1, ...bars.flatMap((b) => [b.must, b.should]));
  const slot = (width - m.l - m.r) / Math.max(1, bars.length);
  const bw = Math.max(1, Math.min(18, slot / 2 - 2));
  const y = (v: number) => m.t + ((max - v) * (height - m.t - m.b)) / max;
  const every = Math.max(1, Math.ceil(bars.length / 10));
  const parts = bars.map((b, i) => {
    const x = m.l + i * slot + slot / 2;
    const label =
      i % every === 0 || i === bars.length - 1
        ? `<text x="${r1(x)}" y="${height - 6}" text-anchor="middle">${esc(b.label)}</text>`
        : '';
    return (
      `<rect x="${r1(x - bw)}" y="${r1(y(b.must))}" width="${r1(bw)}" height="${r1(y(0) - y(b.must))}" fill="${COLORS.must}"><title>${esc(b.label)}: ${b.must} must unmet</title></rect>` +
      `<rect x="${r1(x)}" y="${r1(y(b.should))}" width="${r1(bw)}" height="${r1(y(0) - y(b.should))}" fill="${COLORS.should}"><title>${esc(b.label)}: ${b.should} should unmet</title></rect>` +
      label
    );
  });
  return `<svg class="chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="burndown of unmet requirements"><g font-size="10" fill="${COLORS.text}"><line x1="${m.l}" x2="${width - m.r}" y1="${r1(y(0))}" y2="${r1(y(0))}" stroke="${COLORS.grid}"/><text x="${m.l - 4}" y="${r1(y(max)) + 4}" text-anchor="end">${max}</text><text x="${m.l - 4}" y="${r1(y(0))}" text-anchor="end">0</text>${parts.join('')}</g></svg>`;
}

/** Quality (y) against cumulative labeling cost (x), one labeled dot per iteration. */
export function costQualityChart(
  points: { label: string; cost: number | null; quality: number | null }[],
  width = 560,
  height = 200,
): string {
  const pts = points.filter(
    (p): p is { label: string; cost: number; quality: number } => p.cost !== null && p.quality !== null,
  );
  const m = { l: 48, r: 56, t: 16, b: 28 };
  const costs = pts.map((p) => p.cost);
  const quals = pts.map((p) => p.quality);
  const [xlo, xhi] = extent(costs);
  const [ylo, yhi] = extent(quals);
  const [cmin, cmax, qmin, qmax] = [Math.min(...costs), Math.max(...costs), Math.min(...quals), Math.max(...quals)];
  const x = (v: number) => m.l + ((v - xlo) * (width - m.l - m.r)) / (xhi - xlo);
  const y = (v: number) => m.t + ((yhi - v) * (height - m.t - m.b)) / (yhi - ylo);
  const d = pts.map((p, i) => `${i ? 'L' : 'M'}${r1(x(p.cost))} ${r1(y(p.quality))}`).join('');
  const dots = pts
    .map(
      (p) =>
        `<circle cx="${r1(x(p.cost))}" cy="${r1(y(p.quality))}" r="3" fill="${COLORS.value}"/><text x="${r1(x(p.cost)) + 5}" y="${r1(y(p.quality)) - 5}">${esc(p.label)}</text>`,
    )
    .join('');
  return `<svg class="chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="labeling cost vs quality"><g font-size="10" fill="${COLORS.text}"><line x1="${m.l}" x2="${width - m.r}" y1="${height - m.b}" y2="${height - m.b}" stroke="${COLORS.grid}"/><text x="${r1(x(cmin))}" y="${height - 8}" text-anchor="middle">${fmt(cmin)}</text>${cmax !== cmin ? `<text x="${r1(x(cmax))}" y="${height - 8}" text-anchor="middle">${fmt(cmax)}</text>` : ''}<text x="${m.l - 4}" y="${r1(y(qmax)) + 4}" text-anchor="end">${fmt(qmax)}</text>${qmax !== qmin ? `<text x="${m.l - 4}" y="${r1(y(qmin)) + 4}" text-anchor="end">${fmt(qmin)}</text>` : ''}<path d="${d}" fill="none" stroke="${COLORS.value}" stroke-width="1.5"/>${dots}</g></svg>`;
}
