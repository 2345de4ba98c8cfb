import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDocument } from '../../../../shared/schema';
import { fmt, withUnit } from '../../format';
import { ConfusionHeatmap } from './ConfusionHeatmap';
import { dataText, modelName } from './format-run';
import { byMetricOrder, metricUnit } from '../../../../shared/metric-keys';
import { deltaTone, metricGroup } from './metric-keys';
import { useRunQuery } from './useRunQuery';

/**
 * Two or more runs side by side: every metric with its delta against the base run (green
 * where it got better, red where worse — lower is better for latency, size and errors), and
 * the confusion-matrix difference of one run against the base.
 */
export function CompareView({
  ids,
  doc,
  onBase,
}: {
  ids: string[];
  doc: ProjectDocument;
  onBase: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const [detail, setDetail] = useState(false);
  const [pair, setPair] = useState(1);
  const { data } = useRunQuery(ids.join(','), (api) => api.runs.compare({ ids }));
  if (!data) return <p className="muted">{t('app.loading')}</p>;
  const keys = data.metricKeys
    .filter((k) => detail || metricGroup(k) === 'quality' || metricGroup(k) === 'speed')
    .sort(byMetricOrder);
  const p = Math.min(pair, data.runs.length - 1);
  const diff = data.confusionDiff[p] ?? null;
  return (
    <section className="runs-compare" data-testid="compare-view">
      <div className="row runs-filters">
        <label className="inline">
          {t('runs.compare.base')}
          <select
            data-testid="compare-base"
            value={ids[0]}
            onChange={(e) => onBase([e.target.value, ...ids.filter((i) => i !== e.target.value)])}
          >
            {ids.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          <input
            type="checkbox"
            data-testid="compare-detail"
            checked={detail}
            onChange={(e) => setDetail(e.target.checked)}
          />
          {t('runs.compare.detail')}
        </label>
      </div>
      <table className="grid runs-table runs-compare-table" data-testid="compare-table">
        <thead>
          <tr>
            <th>{t('runs.compare.metric')}</th>
            {data.runs.map((r, i) => (
              <th key={r.id} className="num" data-testid="compare-run" data-run={r.id}>
                {r.id}
                {i === 0 && <span className="badge runs-base">{t('runs.compare.baseBadge')}</span>}
                <div className="muted small runs-compare-sub">
                  {modelName(doc, r.model)} · {dataText(r) || t('runs.adHoc')} ·{' '}
                  {t('runs.list.batch', { batch: r.settings.batch })}
                </div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k} data-testid="compare-row" data-key={k}>
              <td className="mono">{k}</td>
              {data.runs.map((r, i) => {
                const delta = data.deltas[i]?.[k];
                const tone = deltaTone(k, delta);
                return (
                  <td key={r.id} className="num">
                    {withUnit(r.metrics[k], metricUnit(k))}
                    {i > 0 && delta !== null && delta !== undefined && (
                      <span
                        className={`runs-delta ${tone}`}
                        data-testid="compare-delta"
                        data-tone={tone}
                        data-run={r.id}
                      >
                        {delta > 0 ? '▲ +' : delta < 0 ? '▼ ' : ''}
                        {fmt(delta)}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('runs.compare.confusion')}</h3>
      {data.runs.length > 2 && (
        <div className="runs-pairs" role="group" aria-label={t('runs.compare.pairs')}>
          {data.runs.slice(1).map((r, i) => (
            <button
              key={r.id}
              className={p === i + 1 ? 'runs-chip active' : 'runs-chip'}
              aria-pressed={p === i + 1}
              data-testid="compare-pair"
              onClick={() => setPair(i + 1)}
            >
              {r.id} − {data.runs[0]?.id}
            </button>
          ))}
        </div>
      )}
      {diff ? (
        <>
          <p className="muted small">
            {t('runs.compare.diffCaption', { run: data.runs[p]?.id, base: data.runs[0]?.id })}
          </p>
          <ConfusionHeatmap classes={data.classes} matrix={diff} diff testId="confusion-diff" />
        </>
      ) : (
        <p className="muted" data-testid="confusion-diff-none">
          {t('runs.compare.noDiff')}
        </p>
      )}
    </section>
  );
}
