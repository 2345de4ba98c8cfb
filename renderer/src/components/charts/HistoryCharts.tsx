import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { burndownDef, costQualityDef, requirementChart } from '../../../../shared/charts/history-charts';
import type { ProjectHistory, RequirementSeries } from '../../../../shared/contract/board-methods';
import { fmt, withUnit } from '../../format';
import { ChartTable } from './ChartTable';
import { EChart } from './EChart';

function useChartText(history: ProjectHistory) {
  const { t } = useTranslation();
  return {
    value: t('history.value'),
    target: t('history.target'),
    must: t('history.unmetMust'),
    should: t('history.unmetShould'),
    burndownTitle: t('history.burndown'),
    costTitle: t('history.costVsQuality', { metric: history.qualityMetric }),
  };
}

const iterationName = (history: ProjectHistory, i: number, id: string) => history.iterations[i]?.name ?? id;

/** Unmet must / should per iteration; the figures also sit in a table for screen readers and tests. */
export function BurndownChart({ history }: { history: ProjectHistory }) {
  const { t, i18n } = useTranslation();
  const text = useChartText(history);
  const def = useMemo(() => burndownDef(history, text, i18n.language), [history, text.must, i18n.language]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <>
      <EChart def={def} testId="burndown-chart" />
      <ChartTable
        name={def.title}
        testId="burndown-table"
        columns={[t('charts.iteration'), t('charts.unmetMust'), t('charts.unmetShould')]}
        rows={history.burndown.map((b, i) => ({
          key: b.iteration,
          cells: [iterationName(history, i, b.iteration), b.unmetMust, b.unmetShould],
          attrs: { 'data-testid': `burndown-${b.iteration}`, 'data-must': b.unmetMust, 'data-should': b.unmetShould },
        }))}
      />
    </>
  );
}

/** Cumulative labeling cost against the quality metric, or null when nothing was priced. */
export function CostQualityChart({ history }: { history: ProjectHistory }) {
  const { t, i18n } = useTranslation();
  const text = useChartText(history);
  const def = useMemo(() => costQualityDef(history, text, i18n.language), [history, text.costTitle, i18n.language]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!def) return null;
  const index = new Map(history.iterations.map((it, i) => [it.id, i]));
  return (
    <>
      <EChart def={def} testId="cost-quality-chart" />
      <ChartTable
        name={def.title}
        testId="cost-quality-table"
        columns={[t('charts.iteration'), t('charts.cumulativeCost'), history.qualityMetric]}
        rows={history.costVsQuality
          .filter((p) => p.cumulativeCost !== null && p.quality !== null)
          .map((p) => ({
            key: p.iteration,
            cells: [
              iterationName(history, index.get(p.iteration) ?? -1, p.iteration),
              withUnit(p.cumulativeCost, p.currency),
              fmt(p.quality),
            ],
          }))}
      />
    </>
  );
}

/** One requirement's value vs target over the iterations. */
export function SeriesChart({ series, history }: { series: RequirementSeries; history: ProjectHistory }) {
  const { t, i18n } = useTranslation();
  const text = useChartText(history);
  const def = useMemo(
    () => requirementChart(series, history, text, i18n.language),
    [series, history, text.value, i18n.language], // eslint-disable-line react-hooks/exhaustive-deps
  );
  return (
    <>
      <EChart def={def} testId={`history-chart-${series.id}`} />
      <ChartTable
        name={def.title}
        testId={`history-table-${series.id}`}
        columns={[t('charts.iteration'), t('charts.value'), t('charts.target'), t('charts.status')]}
        rows={series.points.flatMap((p, i) =>
          p.status === null
            ? []
            : [
                {
                  key: p.iteration,
                  cells: [
                    iterationName(history, i, p.iteration),
                    withUnit(p.value, series.unit),
                    withUnit(p.target, series.unit),
                    t(`board.status.${p.status}`),
                  ],
                  attrs: { 'data-testid': `history-point-${series.id}-${p.iteration}`, 'data-status': p.status },
                },
              ],
        )}
      />
    </>
  );
}
