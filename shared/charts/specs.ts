/**
 * The chart definitions: plain data in, an ECharts option out. The app draws them live
 * (tooltips, resizing) and the report and slides render the very same option to static SVG in
 * Node, so a chart looks the same wherever it is read.
 *
 * Layout rules that keep text readable from 2 to 50 iterations: axis labels are truncated to a
 * band width and thinned by ECharts when they would collide (the full name is in the tooltip);
 * the grid shrinks to contain every axis label; point labels hide on overlap and are clamped
 * inside the chart.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { CHART_FONT, COLORS, SHOULD_DECAL, STATUS_SYMBOL, TARGET_DASH } from './palette.js';
import { paddedRange, tickNumber, tickWithUnit, wantsLogAxis } from './numbers.js';

export interface ChartDef {
  /** Stable name (`value-target-R-1`, `burndown`): a test id in the app, an id in the report. */
  id: string;
  title: string;
  width: number;
  height: number;
  option: EChartsCoreOption;
}

export type PointStatus = 'met' | 'unmet' | 'untested' | null;

export interface ValueTargetInput {
  id: string;
  title: string;
  /** Full iteration names, one per point (the tooltip shows them whole). */
  categories: string[];
  /** What the axis prints per point (see `axisLabels`); the names themselves by default. */
  labels?: string[];
  values: (number | null)[];
  targets: (number | null)[];
  status: PointStatus[];
  unit: string;
  legend: { value: string; target: string };
  locale: string;
  width?: number;
  height?: number;
  /** Larger type for slides read from the back of a room. */
  fontSize?: number;
}

const base = (title: string, fontSize: number) => ({
  animation: false,
  aria: { enabled: true, label: { description: title } },
  textStyle: { fontFamily: CHART_FONT, fontSize, color: COLORS.text },
});

/** Roughly how wide `text` sets at `fontSize` (Hangul and other wide scripts count double). */
function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return em * fontSize;
}

/**
 * The axis label of each category: the names themselves when they are all short, else the
 * short ids (`IT-3`); the full name is in the tooltip and in the tables beside the chart.
 */
export function axisLabels(names: readonly string[], ids: readonly string[]): string[] {
  return names.every((n) => n.length <= 12) ? [...names] : [...ids];
}

/**
 * A category axis whose labels never collide: every k-th label, k chosen from the widest label
 * and the plot width; the first and last labels align inward so they stay off the value axis
 * and inside the chart. ECharts' own overlap hiding is the backstop.
 */
function categoryAxis(categories: string[], labels: readonly string[], plotWidth: number, fontSize: number) {
  const n = Math.max(1, categories.length);
  const widest = Math.max(20, ...labels.map((l) => textWidth(l, fontSize)));
  const labelWidth = Math.min(widest, Math.max(44, plotWidth / 2 - 12));
  const fits = Math.max(1, Math.floor(plotWidth / (labelWidth + 14)));
  return {
    type: 'category',
    data: categories,
    boundaryGap: true,
    axisTick: { alignWithLabel: true },
    axisLine: { lineStyle: { color: COLORS.muted } },
    axisLabel: {
      interval: Math.max(0, Math.ceil(n / fits) - 1),
      formatter: (_: string, i: number) => labels[i] ?? '',
      hideOverlap: true,
      alignMinLabel: 'left',
      alignMaxLabel: 'right',
      color: COLORS.muted,
      fontSize,
      width: labelWidth,
      overflow: 'truncate',
      ellipsis: '…',
    },
  };
}

/** A value axis with nice ticks and the unit on every tick; logarithmic when values span orders of magnitude. */
function valueAxis(values: (number | null)[], unit: string, locale: string, fontSize: number, integer = false) {
  const formatter = (v: number) => tickWithUnit(v, unit, locale);
  const label = { formatter, hideOverlap: true, color: COLORS.muted, fontSize };
  const split = { lineStyle: { color: COLORS.grid } };
  if (wantsLogAxis(values)) return { type: 'log', logBase: 10, axisLabel: label, splitLine: split };
  return {
    type: 'value',
    scale: !integer,
    splitNumber: 4,
    ...(integer ? { minInterval: 1, min: 0 } : {}),
    axisLabel: label,
    splitLine: split,
  };
}

/** A requirement's value per iteration (solid, a marker shaped by status) against its target (dashed step). */
export function valueTargetChart(input: ValueTargetInput): ChartDef {
  const width = input.width ?? 380;
  const height = input.height ?? 180;
  const fs = input.fontSize ?? 12;
  const fmt = (v: unknown) => (typeof v === 'number' ? tickWithUnit(v, input.unit, input.locale) : '—');
  const values = input.values.map((v, i) =>
    v === null ? '-' : { value: v, symbol: STATUS_SYMBOL[input.status[i] ?? 'met'] },
  );
  return {
    id: input.id,
    title: input.title,
    width,
    height,
    option: {
      ...base(input.title, fs),
      color: [COLORS.value, COLORS.target],
      grid: { left: 6, right: 14, top: fs * 2.6, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'all' },
      legend: {
        top: 2,
        left: 4,
        itemWidth: 22,
        itemHeight: 10,
        textStyle: { fontSize: fs, color: COLORS.text },
        data: [
          { name: input.legend.value, icon: 'path://M0 4h19v2H0z' },
          // A dashed bar: the legend shows the target the way the plot draws it.
          { name: input.legend.target, icon: 'path://M0 4h5v2H0zM7 4h5v2H7zM14 4h5v2h-5z' },
        ],
      },
      tooltip: { trigger: 'axis', confine: true, valueFormatter: fmt },
      xAxis: categoryAxis(input.categories, input.labels ?? input.categories, width - 110, fs),
      yAxis: valueAxis([...input.values, ...input.targets], input.unit, input.locale, fs),
      series: [
        {
          name: input.legend.value,
          type: 'line',
          data: values,
          symbolSize: fs * 0.75,
          connectNulls: false,
          lineStyle: { width: 2, color: COLORS.value },
          itemStyle: { color: COLORS.value },
        },
        {
          name: input.legend.target,
          type: 'line',
          step: 'middle',
          data: input.targets.map((v) => (v === null ? '-' : v)),
          // A lone point draws no line: mark the target with a dash instead.
          symbol: input.categories.length === 1 ? 'path://M0 0h12v2H0z' : 'none',
          symbolSize: [fs * 1.6, 3],
          lineStyle: { width: 2, type: TARGET_DASH, color: COLORS.target },
          itemStyle: { color: COLORS.target },
        },
      ],
    },
  };
}

export interface BurndownInput {
  title: string;
  categories: string[];
  labels?: string[];
  must: number[];
  should: number[];
  legend: { must: string; should: string };
  locale: string;
  width?: number;
  height?: number;
  fontSize?: number;
}

/** Unmet must (solid) and should (hatched) requirements per iteration, stacked. */
export function burndownChart(input: BurndownInput): ChartDef {
  const width = input.width ?? 480;
  const height = input.height ?? 220;
  const fs = input.fontSize ?? 12;
  const bar = (name: string, data: number[], color: string, decal?: object) => ({
    name,
    type: 'bar',
    stack: 'unmet',
    data,
    barMaxWidth: 36,
    itemStyle: { color, borderColor: '#fff', borderWidth: 1, ...(decal ? { decal } : {}) },
  });
  return {
    id: 'burndown',
    title: input.title,
    width,
    height,
    option: {
      ...base(input.title, fs),
      aria: { enabled: true, label: { description: input.title }, decal: { show: false } },
      color: [COLORS.must, COLORS.should],
      grid: { left: 6, right: 14, top: fs * 2.6, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'all' },
      legend: { top: 2, left: 4, textStyle: { fontSize: fs, color: COLORS.text } },
      tooltip: { trigger: 'axis', confine: true },
      xAxis: categoryAxis(input.categories, input.labels ?? input.categories, width - 70, fs),
      yAxis: valueAxis([...input.must, ...input.should], '', input.locale, fs, true),
      series: [
        bar(input.legend.must, input.must, COLORS.must),
        bar(input.legend.should, input.should, COLORS.should, SHOULD_DECAL),
      ],
    },
  };
}

export interface CostQualityInput {
  title: string;
  points: { label: string; cost: number; quality: number }[];
  currency: string;
  qualityLabel: string;
  locale: string;
  width?: number;
  height?: number;
  fontSize?: number;
}

/** Quality (y) against cumulative labeling cost (x): one labeled diamond per iteration. */
export function costQualityChart(input: CostQualityInput): ChartDef {
  const width = input.width ?? 480;
  const height = input.height ?? 220;
  const fs = input.fontSize ?? 12;
  const xr = paddedRange(
    input.points.map((p) => p.cost),
    0.1,
  );
  const yr = paddedRange(
    input.points.map((p) => p.quality),
    0.25,
  );
  return {
    id: 'cost-quality',
    title: input.title,
    width,
    height,
    option: {
      ...base(input.title, fs),
      color: [COLORS.quality],
      grid: { left: 6, right: 18, top: 14, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'all' },
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (p: { data: { name: string; value: [number, number] } }) =>
          `${p.data.name}<br>${tickWithUnit(p.data.value[0], input.currency, input.locale)} · ${input.qualityLabel} ${tickNumber(p.data.value[1], input.locale)}`,
      },
      xAxis: {
        type: 'value',
        scale: true,
        splitNumber: 4,
        ...(xr ? { min: xr[0], max: xr[1] } : {}),
        axisLabel: {
          formatter: (v: number) => tickWithUnit(v, input.currency, input.locale),
          hideOverlap: true,
          color: COLORS.muted,
          fontSize: fs,
          showMinLabel: false,
          showMaxLabel: false,
        },
        splitLine: { lineStyle: { color: COLORS.grid } },
      },
      yAxis: {
        type: 'value',
        scale: true,
        splitNumber: 4,
        ...(yr ? { min: yr[0], max: yr[1] } : {}),
        axisLabel: {
          formatter: (v: number) => tickNumber(v, input.locale),
          hideOverlap: true,
          color: COLORS.muted,
          fontSize: fs,
          showMinLabel: false,
          showMaxLabel: false,
        },
        splitLine: { lineStyle: { color: COLORS.grid } },
      },
      series: [
        {
          name: input.qualityLabel,
          type: 'line',
          // Only the first and the last point carry a label (the way from where to where); the
          // rest show theirs in the tooltip. First to the right of its point, last to the left,
          // so both stay inside the plot.
          data: input.points.map((p, i, all) => ({
            name: p.label,
            value: [p.cost, p.quality],
            label: {
              show: i === 0 || i === all.length - 1,
              position: i === 0 && all.length > 1 ? 'right' : 'left',
            },
          })),
          symbol: 'diamond',
          symbolSize: fs * 0.9,
          lineStyle: { width: 1.5 },
          label: {
            fontSize: fs - 1,
            color: COLORS.text,
            distance: 8,
            formatter: (p: { name: string }) => (p.name.length > 14 ? `${p.name.slice(0, 13)}…` : p.name),
          },
          labelLayout: { hideOverlap: true },
        },
      ],
    },
  };
}
