import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { burndownDef, costQualityDef, requirementChart } from '../../../../shared/charts/history-charts';
import type { ProjectHistory, RequirementSeries } from '../../../../shared/contract/board-methods';
import { withUnit } from '../../format';
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

/** Unmet must / should per iteration; the figures also sit in a list for screen readers and tests. */
export function BurndownChart({ history }: { history: ProjectHistory }) {
  const { i18n } = useTranslation();
  const text = useChartText(history);
  const def = useMemo(() => burndownDef(history, text, i18n.language), [history, text.must, i18n.language]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <>
      <EChart def={def} testId="burndown-chart" />
      <ul className="sr-only">
        {history.burndown.map((b, i) => (
          <li
            key={b.iteration}
            data-testid={`burndown-${b.iteration}`}
            data-must={b.unmetMust}
            data-should={b.unmetShould}
          >
            {`${history.iterations[i]?.name ?? b.iteration}: ${text.must} ${b.unmetMust}, ${text.should} ${b.unmetShould}`}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Cumulative labeling cost against the quality metric, or null when nothing was priced. */
export function CostQualityChart({ history }: { history: ProjectHistory }) {
  const { i18n } = useTranslation();
  const text = useChartText(history);
  const def = useMemo(() => costQualityDef(history, text, i18n.language), [history, text.costTitle, i18n.language]); // eslint-disable-line react-hooks/exhaustive-deps
  return def ? <EChart def={def} testId="cost-quality-chart" /> : null;
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
      <ul className="sr-only">
        {series.points.map((p, i) =>
          p.status === null ? null : (
            <li key={p.iteration} data-testid={`history-point-${series.id}-${p.iteration}`} data-status={p.status}>
              {`${history.iterations[i]?.name ?? p.iteration}: ${withUnit(p.value, series.unit)} (${t(`board.status.${p.status}`)})`}
            </li>
          ),
        )}
      </ul>
    </>
  );
}
