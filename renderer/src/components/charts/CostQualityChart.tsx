import type { CostQualityPoint } from '../../../../shared/contract/board-methods';
import { fmt } from '../../format';
import { extent, fitLabel, linear, pathOf } from './scale';
import type { IterationRefLike } from './types';

const W = 520;
const H = 200;
const PAD = { l: 48, r: 16, t: 12, b: 32 };

/** Cumulative labeling cost (x) against the main quality metric (y): what each point cost. */
export function CostQualityChart({
  points,
  iterations,
  labels,
}: {
  points: CostQualityPoint[];
  iterations: IterationRefLike[];
  labels: { title: string; x: string; y: string };
}) {
  const usable = points.map((p, i) => ({ ...p, i })).filter((p) => p.cumulativeCost !== null && p.quality !== null);
  const x = linear(
    extent(
      usable.map((p) => p.cumulativeCost),
      0.1,
    ),
    PAD.l,
    W - PAD.r,
  );
  const y = linear(
    extent(
      usable.map((p) => p.quality),
      0.1,
    ),
    H - PAD.b,
    PAD.t,
  );
  const xy = (p: (typeof usable)[number]): [number, number] => [x(p.cumulativeCost!), y(p.quality!)];
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={labels.title}
      data-testid="cost-quality-chart"
    >
      {y.ticks.map((tv) => (
        <g key={`y${tv}`} className="grid-line">
          <line x1={PAD.l} x2={W - PAD.r} y1={y(tv)} y2={y(tv)} />
          <text x={PAD.l - 6} y={y(tv) + 4} textAnchor="end">
            {fmt(tv)}
          </text>
        </g>
      ))}
      {x.ticks.map((tv) => (
        <text key={`x${tv}`} className="x-label" x={x(tv)} y={H - 16} textAnchor="middle">
          {fmt(tv)}
        </text>
      ))}
      <text className="axis-title" x={W - PAD.r} y={H - 2} textAnchor="end">
        {labels.x}
      </text>
      <text className="axis-title" x={4} y={PAD.t - 2}>
        {labels.y}
      </text>
      <path className="value-line" d={pathOf(usable.map(xy))} />
      {usable.map((p) => {
        const [cx, cy] = xy(p);
        return (
          <g key={p.iteration} data-testid={`cost-point-${p.iteration}`}>
            <circle className="point status-met" cx={cx} cy={cy} r={4} />
            {/* Labels near the right edge go to the left of their point, so they are not clipped. */}
            <text
              className="point-label"
              x={cx > W - 90 ? cx - 6 : cx + 6}
              y={cy - 6}
              textAnchor={cx > W - 90 ? 'end' : 'start'}
            >
              {fitLabel(iterations[p.i]?.name ?? p.iteration, 170)}
            </text>
            <title>{iterations[p.i]?.name ?? p.iteration}</title>
          </g>
        );
      })}
    </svg>
  );
}
