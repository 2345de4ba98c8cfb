import './LatencyHistogram.css';
import { useTranslation } from 'react-i18next';
import { fmt } from '../../format';
import { ChartTable } from '../charts/ChartTable';

const W = 440;
/** Axis labels need two significant digits, not the four of the tables. */
const tick = (v: number | undefined) => (v === undefined ? '' : String(Number(v.toPrecision(2))));
const H = 180;
const PAD = { l: 40, r: 12, t: 14, b: 34 };

/** Where `v` falls on the bin axis (0 … bins); bins may be log-spaced, so interpolate in log. */
function binPosition(edges: number[], v: number): number | null {
  const last = edges.length - 1;
  if (last < 1 || !Number.isFinite(v)) return null;
  if (v <= edges[0]!) return 0;
  if (v >= edges[last]!) return last;
  for (let i = 0; i < last; i++) {
    const lo = edges[i]!;
    const hi = edges[i + 1]!;
    if (v >= lo && v < hi) {
      const f = lo > 0 ? Math.log(v / lo) / Math.log(hi / lo) : (v - lo) / (hi - lo);
      return i + (Number.isFinite(f) ? f : 0);
    }
  }
  return null;
}

/**
 * Single-stream latency distribution (batch 1, after warm-up) as bars over the recorded bins,
 * with the p50 and p95 marked — the figures latency requirements are written against.
 */
export function LatencyHistogram({
  histogram,
  markers,
}: {
  histogram: { edgesMs: number[]; counts: number[] };
  markers: { label: string; value: number | null | undefined }[];
}) {
  const { t } = useTranslation();
  const { edgesMs, counts } = histogram;
  if (counts.length === 0) return null;
  const bins = counts.length;
  const max = Math.max(1, ...counts);
  const bw = (W - PAD.l - PAD.r) / bins;
  const x = (pos: number) => PAD.l + pos * bw;
  const y = (c: number) => H - PAD.b - (c / max) * (H - PAD.t - PAD.b);
  const ticks = [0, Math.floor(bins / 2), bins];
  const total = counts.reduce((a, b) => a + b, 0);
  return (
    <figure className="runs-latency" data-testid="latency-histogram">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={t('runs.latency.aria', { count: total })}>
        <line x1={PAD.l} x2={W - PAD.r} y1={H - PAD.b} y2={H - PAD.b} className="runs-axis" />
        <text x={PAD.l - 6} y={PAD.t + 4} textAnchor="end" className="runs-tick">
          {max}
        </text>
        <text x={PAD.l - 6} y={H - PAD.b} textAnchor="end" className="runs-tick">
          0
        </text>
        {counts.map((c, i) => (
          <rect
            key={i}
            x={x(i) + 1}
            y={y(c)}
            width={Math.max(1, bw - 2)}
            height={H - PAD.b - y(c)}
            className="runs-bar"
            data-testid="latency-bar"
          >
            <title>{t('runs.latency.bin', { from: fmt(edgesMs[i]), to: fmt(edgesMs[i + 1]), count: c })}</title>
          </rect>
        ))}
        {ticks.map((i) => (
          <text key={i} x={x(i)} y={H - PAD.b + 14} textAnchor="middle" className="runs-tick">
            {tick(edgesMs[i])}
          </text>
        ))}
        <text x={(PAD.l + W - PAD.r) / 2} y={H - 4} textAnchor="middle" className="runs-tick">
          {t('runs.latency.axis')}
        </text>
        {markers.map((m, k) => {
          const pos = m.value === null || m.value === undefined ? null : binPosition(edgesMs, m.value);
          if (pos === null) return null;
          return (
            <g key={m.label} className="runs-marker" data-testid="latency-marker">
              <line x1={x(pos)} x2={x(pos)} y1={PAD.t - 4} y2={H - PAD.b} />
              <text x={x(pos) + 3} y={PAD.t + 4 + k * 11} className="runs-tick">
                {m.label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted small" data-testid="latency-caption">
        {t('runs.latency.caption', { count: total })}
        {markers
          .filter((m) => m.value !== null && m.value !== undefined)
          .map((m) => ` · ${m.label} ${fmt(m.value)} ms`)
          .join('')}
      </figcaption>
      <ChartTable
        name={t('runs.latency.aria', { count: total })}
        testId="latency-table"
        columns={[t('charts.binFrom'), t('charts.binTo'), t('charts.measurements')]}
        rows={counts.map((c, i) => ({ key: String(i), cells: [fmt(edgesMs[i]), fmt(edgesMs[i + 1]), c] }))}
      />
    </figure>
  );
}
