/** A card-sized trend line for the report's board table: small enough to stay plain SVG. */
import { COLORS } from '../../../shared/charts/palette.js';

export interface SparkPoint {
  value: number | null;
  target: number | null;
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/** Value (solid) against the target (dashed step), scaled to the pair's own range. */
export function sparkline(points: readonly SparkPoint[], width = 96, height = 24): string {
  const nums = points.flatMap((p) => [p.value, p.target]).filter((v): v is number => v !== null);
  if (nums.length === 0) return '';
  let lo = Math.min(...nums);
  let hi = Math.max(...nums);
  if (lo === hi) [lo, hi] = [lo - (Math.abs(lo) * 0.05 || 0.5), hi + (Math.abs(hi) * 0.05 || 0.5)];
  const n = points.length;
  const x = (i: number) => r1(2 + (n <= 1 ? (width - 4) / 2 : (i * (width - 4)) / (n - 1)));
  const y = (v: number) => r1(2 + ((hi - v) * (height - 4)) / (hi - lo));
  let value = '';
  let target = '';
  let pen = false;
  let last: number | null = null;
  points.forEach((p, i) => {
    if (p.value === null) pen = false;
    else {
      value += `${pen ? 'L' : 'M'}${x(i)} ${y(p.value)}`;
      pen = true;
    }
    if (p.target !== null) target += last === null ? `M${x(i)} ${y(p.target)}` : `H${x(i)}V${y(p.target)}`;
    last = p.target;
  });
  return `<svg class="spark" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-hidden="true"><path d="${target}" fill="none" stroke="${COLORS.target}" stroke-width="1" stroke-dasharray="3 2"/><path d="${value}" fill="none" stroke="${COLORS.value}" stroke-width="1.5"/></svg>`;
}
