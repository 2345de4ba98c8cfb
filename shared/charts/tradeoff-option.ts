/**
 * The ECharts option of the trade-off chart, built by a pure function so it can be tested and
 * rendered the same way anywhere ECharts runs: runs as points (area ∝ model size), the Pareto
 * front as a dashed line, the box where every must requirement holds shaded, 95% intervals as
 * whiskers, and runs measured off the serving target drawn with a dashed orange outline.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { Tradeoff, TradeoffPoint } from '../optimization-views';

export interface TradeoffLabels {
  x: string;
  y: string;
  front: string;
  region: string;
  /** Said after an axis name when that axis is logarithmic. */
  log: string;
  /** Tooltip body of one point (already localized; plain text lines). */
  tooltip: (p: TradeoffPoint) => string[];
  /** Text size in px: the app's default suits a screen; a slide read across a room needs more. */
  fontSize?: number;
}

/** Okabe–Ito colours (safe for the common colour-vision deficiencies); shapes carry meaning too. */
export const TRADEOFF_COLORS = {
  front: '#0072B2',
  other: '#7f7f7f',
  variant: '#009E73',
  mismatch: '#D55E00',
  region: 'rgba(0, 158, 115, 0.12)',
  regionEdge: 'rgba(0, 158, 115, 0.6)',
  interval: '#555555',
} as const;

const MIN_D = 10;
const MAX_D = 44;

/** Marker diameter so that its area, not its width, grows with the model's size. */
export function markerDiameter(size: number, largest: number): number {
  if (!(largest > 0) || !(size > 0)) return MIN_D;
  return MIN_D + (MAX_D - MIN_D) * Math.sqrt(size / largest);
}

/** Padded [lo, hi] around the values; a single value gets a ±10% (or ±1) band. */
export function paddedExtent(values: number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (hi === lo) {
    const d = Math.abs(lo) * 0.1 || 1;
    return [lo >= 0 ? Math.max(0, lo - d) : lo - d, hi + d];
  }
  const pad = (hi - lo) * 0.12;
  // Latency, size and most quality figures cannot be negative: padding must not invent that.
  const floor = lo >= 0 ? 0 : -Infinity;
  return [Math.max(floor, lo - pad), hi + pad];
}

/**
 * Whether an axis reads better on a log scale: positive figures spread over two orders of
 * magnitude or more (a run measured on a loaded machine next to ones measured idle).
 */
export function wantsLog(values: number[]): boolean {
  if (values.length < 2 || values.some((v) => !(v > 0))) return false;
  return Math.max(...values) / Math.min(...values) >= 100;
}

/** [lo, hi] of a log axis: half a step of padding either way. */
function logExtent(values: number[]): [number, number] {
  return [Math.min(...values) / 1.6, Math.max(...values) * 1.6];
}

/** A bound is drawn in view when it lies near the data; far bounds just clip the shading. */
function withBound(values: number[], bound: number | null): number[] {
  if (bound === null || values.length === 0) return values;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || Math.abs(hi) || 1;
  return bound >= lo - span && bound <= hi + span ? [...values, bound] : values;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function tradeoffOption(t: Tradeoff, labels: TradeoffLabels): EChartsCoreOption {
  const pts = t.points;
  const xs = withBound(
    withBound(
      pts.flatMap((p) => [p.x, ...(p.xInterval ?? [])]),
      t.region.x.min,
    ),
    t.region.x.max,
  );
  const ys = withBound(
    withBound(
      pts.flatMap((p) => [p.y, ...(p.yInterval ?? [])]),
      t.region.y.min,
    ),
    t.region.y.max,
  );
  const logX = wantsLog(xs);
  const logY = wantsLog(ys);
  const [x0, x1] = logX ? logExtent(xs) : paddedExtent(xs);
  const [y0, y1] = logY ? logExtent(ys) : paddedExtent(ys);
  const largest = Math.max(0, ...pts.map((p) => p.sizeBytes));
  const clip = (v: number | null, lo: number, hi: number, dflt: number) =>
    v === null ? dflt : Math.min(hi, Math.max(lo, v));
  const hasRegion = [t.region.x.min, t.region.x.max, t.region.y.min, t.region.y.max].some((v) => v !== null);
  const front = pts.filter((p) => p.front).sort((a, b) => a.x - b.x);
  const whiskers = pts.flatMap((p) => [
    ...(p.yInterval
      ? [
          {
            coords: [
              [p.x, p.yInterval[0]],
              [p.x, p.yInterval[1]],
            ],
          },
        ]
      : []),
    ...(p.xInterval
      ? [
          {
            coords: [
              [p.xInterval[0], p.y],
              [p.xInterval[1], p.y],
            ],
          },
        ]
      : []),
  ]);
  const fs = labels.fontSize ?? 12;
  const small = Math.round(fs * 0.92);
  /** One value axis: both read the same way, differing only in name, scale, extent and gap. */
  const axis = (name: string, log: boolean, [min, max]: [number, number], nameGap: number) => ({
    type: log ? 'log' : 'value',
    name: log ? `${name} (${labels.log})` : name,
    nameLocation: 'middle',
    nameGap,
    nameTextStyle: { fontSize: fs },
    min,
    max,
    // The padded ends are not round numbers; only the ticks in between are labelled.
    axisLabel: {
      hideOverlap: true,
      showMinLabel: false,
      showMaxLabel: false,
      fontSize: small,
      formatter: (v: number) => compact(v),
    },
    splitLine: { lineStyle: { type: 'dashed', opacity: 0.5 } },
  });
  return {
    animation: false,
    textStyle: { fontSize: fs },
    // Keeps the axis labels inside the chart (what `containLabel` did before ECharts 6).
    grid: {
      left: fs * 5,
      right: fs * 3,
      top: fs * 2,
      bottom: fs * 4.5,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: { data?: { point?: TradeoffPoint } }) => {
        const p = params.data?.point;
        return p ? labels.tooltip(p).map(escapeHtml).join('<br/>') : '';
      },
    },
    xAxis: axis(labels.x, logX, [x0, x1], fs * 2.6),
    yAxis: axis(labels.y, logY, [y0, y1], fs * 4),
    series: [
      {
        id: 'front',
        name: labels.front,
        type: 'line',
        data: front.map((p) => [p.x, p.y]),
        symbol: 'none',
        silent: true,
        z: 1,
        lineStyle: { color: TRADEOFF_COLORS.front, type: 'dashed', width: 1.5 },
        markArea: hasRegion
          ? {
              silent: true,
              itemStyle: { color: TRADEOFF_COLORS.region, borderColor: TRADEOFF_COLORS.regionEdge, borderWidth: 1 },
              label: { show: true, position: 'insideTopRight', color: TRADEOFF_COLORS.regionEdge, fontSize: small },
              data: [
                [
                  {
                    name: labels.region,
                    xAxis: clip(t.region.x.min, x0, x1, x0),
                    yAxis: clip(t.region.y.min, y0, y1, y0),
                  },
                  { xAxis: clip(t.region.x.max, x0, x1, x1), yAxis: clip(t.region.y.max, y0, y1, y1) },
                ],
              ],
            }
          : undefined,
      },
      {
        id: 'intervals',
        type: 'lines',
        coordinateSystem: 'cartesian2d',
        silent: true,
        z: 2,
        lineStyle: { color: TRADEOFF_COLORS.interval, width: 1.5, opacity: 0.9 },
        data: whiskers,
      },
      {
        id: 'runs',
        type: 'scatter',
        z: 3,
        cursor: 'pointer',
        labelLayout: { hideOverlap: true },
        label: {
          show: true,
          position: 'right',
          formatter: (p: { data: { point: TradeoffPoint } }) => p.data.point.modelName,
          fontSize: small,
        },
        data: pts.map((p) => ({
          value: [p.x, p.y],
          point: p,
          symbol: p.variantOf ? 'diamond' : 'circle',
          symbolSize: markerDiameter(p.sizeBytes, largest),
          itemStyle: {
            color: p.variantOf ? TRADEOFF_COLORS.variant : p.front ? TRADEOFF_COLORS.front : TRADEOFF_COLORS.other,
            opacity: 0.8,
            borderColor: p.mismatch.length ? TRADEOFF_COLORS.mismatch : '#ffffff',
            borderWidth: p.mismatch.length ? 2.5 : 1,
            borderType: p.mismatch.length ? 'dashed' : 'solid',
          },
        })),
      },
    ],
  };
}

/** 0.0484, 1.2k, 30k: short tick labels that fit. */
export function compact(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e6) return `${Number((v / 1e6).toPrecision(3))}M`;
  if (a >= 1e3) return `${Number((v / 1e3).toPrecision(3))}k`;
  return String(Number(v.toPrecision(3)));
}
