import { bands, extent, linear, pathOf } from './scale';

export interface SparkPoint {
  value: number | null;
  target: number | null;
}

/**
 * A card's trend: value per iteration (solid) against the target frozen at each one (dashed,
 * stepping where it moved). The last point is coloured by the current status.
 */
export function Sparkline({
  points,
  status,
  width = 200,
  height = 44,
  label,
}: {
  points: SparkPoint[];
  status: 'met' | 'unmet' | 'untested';
  width?: number;
  height?: number;
  label: string;
}) {
  const pad = 4;
  const x = bands(points.length, pad, width - pad);
  const y = linear(extent(points.flatMap((p) => [p.value, p.target])), height - pad, pad);
  const at = (i: number, v: number | null): [number, number] | null => (v === null ? null : [x(i), y(v)]);
  const values = points.map((p, i) => at(i, p.value));
  // The target line spans the whole width so a single iteration still shows where it stands.
  const targets = points.map((p, i) => at(i, p.target));
  const last = values.at(-1);
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <path className="spark-target" d={pathOf(targets, true)} />
      <path className="spark-value" d={pathOf(values)} />
      {last && <circle className={`spark-last status-${status}`} cx={last[0]} cy={last[1]} r={3} />}
    </svg>
  );
}
