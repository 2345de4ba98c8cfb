import './Sparkline.css';
import { useId } from 'react';
import type { TrendPair } from '../../../../shared/contract/board-methods';

/** More points than this cannot be told apart in a card-sized sparkline. */
const MAX_POINTS = 80;

/** Evenly spaced indices (always keeping the last), so 200 iterations draw as 80 points. */
function sample(n: number): number[] {
  if (n <= MAX_POINTS) return Array.from({ length: n }, (_, i) => i);
  const step = (n - 1) / (MAX_POINTS - 1);
  return Array.from({ length: MAX_POINTS }, (_, i) => Math.round(i * step));
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * A card's trend: value per iteration (solid) against the target frozen at each one (dashed,
 * stepping where it moved). The last point is coloured by the current status. Written as one
 * loop with no intermediate arrays: the board draws 300 of these, and it must render in 150 ms.
 */
export function Sparkline({
  points,
  status,
  width = 200,
  height = 44,
  label,
  description,
}: {
  points: readonly TrendPair[];
  status: 'met' | 'unmet' | 'untested';
  width?: number;
  height?: number;
  label: string;
  /** The figures in words, read after the name by screen readers. */
  description?: string;
}) {
  const descriptionId = useId();
  const pad = 4;
  const idx = sample(points.length);
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of idx) {
    for (const v of points[i]!) {
      if (v === null) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (lo === Infinity) [lo, hi] = [0, 1];
  if (lo === hi) [lo, hi] = [lo - (Math.abs(lo) * 0.05 || 0.5), hi + (Math.abs(hi) * 0.05 || 0.5)];
  const ky = (height - 2 * pad) / (hi - lo);
  const kx = idx.length > 1 ? (width - 2 * pad) / (idx.length - 1) : 0;
  const y = (v: number) => r1(height - pad - (v - lo) * ky);
  let value = '';
  let target = '';
  let lastTarget: number | null = null;
  let joined = false;
  let last: [number, number] | null = null;
  idx.forEach((i, j) => {
    const x = idx.length > 1 ? r1(pad + j * kx) : width / 2;
    const [v, t] = points[i]!;
    if (v === null) joined = false;
    else {
      value += `${joined ? 'L' : 'M'}${x},${y(v)}`;
      joined = true;
    }
    // The target steps: flat to the next iteration, then up or down to its new value.
    target += lastTarget === null ? `M${x},${y(t)}` : `H${x}V${y(t)}`;
    lastTarget = t;
    last = v === null ? null : [x, y(v)];
  });
  const end = last as [number, number] | null;
  return (
    <>
      <svg
        className="sparkline"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={label}
        aria-describedby={description ? descriptionId : undefined}
      >
        <path className="spark-target" d={target} />
        <path className="spark-value" d={value} />
        {end && <circle className={`spark-last status-${status}`} cx={end[0]} cy={end[1]} r={3} />}
      </svg>
      {description && (
        <span id={descriptionId} className="sr-only">
          {description}
        </span>
      )}
    </>
  );
}
