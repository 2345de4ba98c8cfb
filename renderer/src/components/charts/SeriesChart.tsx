import type { IterationRefLike } from './types';
import type { RequirementSeries } from '../../../../shared/contract/board-methods';
import { fmt } from '../../format';
import { bands, extent, linear, pathOf, tickText } from './scale';

const W = 360;
const H = 150;
const PAD = { l: 44, r: 10, t: 10, b: 26 };
/** Above this many iterations the per-point markers would be noise (and thousands of nodes). */
const MAX_MARKERS = 120;

/**
 * One requirement over the closed iterations: its value (line and one marker per iteration it
 * was scored in) against the target frozen at each iteration (a dashed step line).
 */
export function SeriesChart({ series, iterations }: { series: RequirementSeries; iterations: IterationRefLike[] }) {
  const pts = series.points;
  const x = bands(pts.length, PAD.l + 8, W - PAD.r - 8);
  const y = linear(extent(pts.flatMap((p) => [p.value, p.target])), H - PAD.b, PAD.t);
  const at = (i: number, v: number | null): [number, number] | null => (v === null ? null : [x(i), y(v)]);
  const labelEvery = Math.max(1, Math.ceil(pts.length / 6));
  return (
    <svg
      className="series-chart"
      viewBox={`0 0 ${W} ${H}`}
      width={W}
      height={H}
      role="img"
      aria-label={`${series.id} ${series.title}`}
      data-testid={`history-chart-${series.id}`}
    >
      {y.ticks.map((tv) => (
        <g key={tv} className="grid-line">
          <line x1={PAD.l} x2={W - PAD.r} y1={y(tv)} y2={y(tv)} />
          <text x={PAD.l - 6} y={y(tv) + 4} textAnchor="end">
            {tickText(tv, fmt)}
          </text>
        </g>
      ))}
      {pts.map((p, i) =>
        i % labelEvery === 0 || i === pts.length - 1 ? (
          <text
            key={p.iteration}
            className="x-label"
            x={x(i)}
            y={H - 8}
            // The outermost labels hug the chart's edges instead of running past them.
            textAnchor={pts.length > 1 && i === pts.length - 1 ? 'end' : pts.length > 1 && i === 0 ? 'start' : 'middle'}
          >
            {shortLabel(iterations[i]?.name, p.iteration)}
          </text>
        ) : null,
      )}
      <path
        className="target-line"
        d={pathOf(
          pts.map((p, i) => at(i, p.target)),
          true,
        )}
      />
      <path className="value-line" d={pathOf(pts.map((p, i) => at(i, p.value)))} />
      {pts.length <= MAX_MARKERS &&
        pts.map((p, i) =>
          p.status === null ? null : (
            <circle
              key={p.iteration}
              className={`point status-${p.status}`}
              data-testid={`history-point-${series.id}-${p.iteration}`}
              data-status={p.status}
              cx={x(i)}
              // An untested iteration sits on the axis, hollow: scored, but nothing measured.
              cy={p.value === null ? H - PAD.b : y(p.value)}
              r={4}
            >
              <title>
                {`${iterations[i]?.name ?? p.iteration}: ${fmt(p.value)} ${series.unit} (${p.op === '<=' ? '≤' : '≥'} ${fmt(p.target)})`}
              </title>
            </circle>
          ),
        )}
    </svg>
  );
}

/** Short iteration names fit under a small chart; long ones give way to the id (`IT-3`). */
function shortLabel(name: string | undefined, id: string): string {
  return name && name.length <= 11 ? name : id;
}
