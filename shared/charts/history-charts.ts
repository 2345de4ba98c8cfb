/**
 * The history's charts as chart definitions, from the scored history: the History screen draws
 * them live and the report renders them to SVG, from this one mapping.
 */
import type { ProjectHistory, RequirementSeries } from '../board-views.js';
import { axisLabels, burndownChart, costQualityChart, valueTargetChart, type ChartDef } from './specs.js';

export interface HistoryChartText {
  value: string;
  target: string;
  must: string;
  should: string;
  burndownTitle: string;
  costTitle: string;
}

export interface ChartSize {
  width?: number;
  height?: number;
  fontSize?: number;
}

const names = (h: ProjectHistory) => h.iterations.map((i) => i.name);
const labels = (h: ProjectHistory) =>
  axisLabels(
    names(h),
    h.iterations.map((i) => i.id),
  );

/** Value vs target of one requirement over the closed iterations. */
export function requirementChart(
  series: RequirementSeries,
  history: ProjectHistory,
  text: Pick<HistoryChartText, 'value' | 'target'>,
  locale: string,
  size: ChartSize = {},
): ChartDef {
  return valueTargetChart({
    id: `value-target-${series.id}`,
    title: `${series.id} ${series.title}`,
    categories: names(history),
    labels: labels(history),
    values: series.points.map((p) => p.value),
    targets: series.points.map((p) => p.target),
    status: series.points.map((p) => p.status),
    unit: series.unit,
    legend: { value: text.value, target: text.target },
    locale,
    ...size,
  });
}

/** Unmet must / should per closed iteration. */
export function burndownDef(history: ProjectHistory, text: HistoryChartText, locale: string, size: ChartSize = {}) {
  return burndownChart({
    title: text.burndownTitle,
    categories: names(history),
    labels: labels(history),
    must: history.burndown.map((b) => b.unmetMust),
    should: history.burndown.map((b) => b.unmetShould),
    legend: { must: text.must, should: text.should },
    locale,
    ...size,
  });
}

/** Cumulative labeling cost vs the quality metric; null when no iteration has both figures. */
export function costQualityDef(
  history: ProjectHistory,
  text: HistoryChartText,
  locale: string,
  size: ChartSize = {},
): ChartDef | null {
  const short = labels(history);
  const byId = new Map(history.iterations.map((i, k) => [i.id, short[k]!]));
  const points = history.costVsQuality.flatMap((p) =>
    p.cumulativeCost !== null && p.quality !== null
      ? [{ label: byId.get(p.iteration) ?? p.iteration, cost: p.cumulativeCost, quality: p.quality }]
      : [],
  );
  if (points.length === 0) return null;
  const currency = history.costVsQuality.at(-1)?.currency ?? '';
  return costQualityChart({
    title: text.costTitle,
    points,
    currency: currency === 'mixed' ? '' : currency,
    qualityLabel: history.qualityMetric,
    locale,
    ...size,
  });
}
