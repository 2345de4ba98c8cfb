import type { BurndownPoint } from '../../../../shared/contract/board-methods';
import { fitLabel, bands, linear } from './scale';
import type { IterationRefLike } from './types';

const W = 520;
const H = 200;
const PAD = { l: 36, r: 12, t: 12, b: 28 };

/** Unmet must and should requirements per closed iteration (stacked bars): the gaps closing. */
export function BurndownChart({
  points,
  iterations,
  labels,
}: {
  points: BurndownPoint[];
  iterations: IterationRefLike[];
  labels: { must: string; should: string; title: string };
}) {
  const max = Math.max(1, ...points.map((p) => p.unmetMust + p.unmetShould));
  // Headroom above the tallest bar, so it does not touch the legend.
  const y = linear([0, max * 1.2], H - PAD.b, PAD.t + 8, Math.min(max, 5));
  const x = bands(points.length, PAD.l + 24, W - PAD.r - 24);
  const bw = Math.max(4, Math.min(36, (W - PAD.l - PAD.r) / Math.max(1, points.length) - 6));
  const labelEvery = Math.max(1, Math.ceil(points.length / 8));
  return (
    <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={labels.title} data-testid="burndown-chart">
      {y.ticks.map((tv) => (
        <g key={tv} className="grid-line">
          <line x1={PAD.l} x2={W - PAD.r} y1={y(tv)} y2={y(tv)} />
          <text x={PAD.l - 6} y={y(tv) + 4} textAnchor="end">
            {tv}
          </text>
        </g>
      ))}
      {points.map((p, i) => (
        <g
          key={p.iteration}
          data-testid={`burndown-${p.iteration}`}
          data-must={p.unmetMust}
          data-should={p.unmetShould}
        >
          <rect className="bar-must" x={x(i) - bw / 2} width={bw} y={y(p.unmetMust)} height={y(0) - y(p.unmetMust)} />
          <rect
            className="bar-should"
            x={x(i) - bw / 2}
            width={bw}
            y={y(p.unmetMust + p.unmetShould)}
            height={y(p.unmetMust) - y(p.unmetMust + p.unmetShould)}
          />
          <title>{`${iterations[i]?.name ?? p.iteration}: ${labels.must} ${p.unmetMust}, ${labels.should} ${p.unmetShould}`}</title>
          {(i % labelEvery === 0 || i === points.length - 1) && (
            <text
              className="x-label"
              // The last label ends at its bar's right edge, so the chart's edge does not clip it.
              x={i > 0 && i === points.length - 1 ? x(i) + bw / 2 : x(i)}
              y={H - 8}
              textAnchor={i > 0 && i === points.length - 1 ? 'end' : 'middle'}
            >
              {fitLabel(
                iterations[i]?.name ?? p.iteration,
                ((W - PAD.l - PAD.r - 48) / points.length) * labelEvery - 12,
              )}
            </text>
          )}
        </g>
      ))}
      <g className="legend" transform={`translate(${W - PAD.r - 150}, ${PAD.t})`}>
        <rect className="bar-must" width={10} height={10} />
        <text x={14} y={9}>
          {labels.must}
        </text>
        <rect className="bar-should" x={74} width={10} height={10} />
        <text x={88} y={9}>
          {labels.should}
        </text>
      </g>
    </svg>
  );
}
