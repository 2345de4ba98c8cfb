import './runs-table.css';
import { useTranslation } from 'react-i18next';
import type { FairComparison } from '../../../../shared/contract/compare-methods';
import { withUnit } from '../../format';
import { decimalsFor, fixed, signed } from '../../format-interval';
import { byMetricOrder, metricUnit } from '../../../../shared/metric-keys';
import { deltaTone, metricGroup } from './metric-keys';

/** A p-value the way papers print it: 0.018, < 0.001. */
export function pText(p: number | null): string {
  if (p === null) return '';
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}

/**
 * Every quality figure on the common samples: both values and the difference, printed to the
 * decimals the wider 95% interval supports. Only a difference the McNemar test finds
 * significant (p < 0.05) is coloured; the others are noise until shown otherwise.
 */
export function FairMetricsTable({ data, detail }: { data: FairComparison; detail: boolean }) {
  const { t } = useTranslation();
  const keys = Object.keys(data.metrics)
    .filter((k) => detail || metricGroup(k) === 'quality')
    .sort(byMetricOrder);
  // Keys without an interval of their own (F1, macro averages) take accuracy's: same samples.
  const fallback = Math.min(
    decimalsFor(data.metrics.accuracy?.interval_a),
    decimalsFor(data.metrics.accuracy?.interval_b),
  );
  return (
    <table className="grid runs-table runs-compare-table" data-testid="compare-table">
      <thead>
        <tr>
          <th>{t('runs.compare.metric')}</th>
          <th className="num">{data.a}</th>
          <th className="num">{data.b}</th>
          <th className="num">{t('runs.compare.delta', { a: data.a, b: data.b })}</th>
          <th className="num">{t('runs.compare.pValue')}</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((k) => {
          const m = data.metrics[k]!;
          const d =
            m.interval_a || m.interval_b
              ? Math.min(decimalsFor(m.interval_a, 6), decimalsFor(m.interval_b, 6))
              : fallback;
          const tone = deltaTone(k, m.delta);
          const significant = m.p_value !== null && m.p_value < 0.05;
          return (
            <tr key={k} data-testid="compare-row" data-key={k}>
              <td className="mono">{k}</td>
              <td className="num" data-testid="compare-a" data-value={m.a ?? ''}>
                {fixed(m.a, d)}
              </td>
              <td className="num" data-testid="compare-b" data-value={m.b ?? ''}>
                {fixed(m.b, d)}
              </td>
              <td className="num">
                {m.delta !== null && (
                  <span
                    className={significant ? `runs-delta ${tone}` : 'runs-delta'}
                    data-testid="compare-delta"
                    data-tone={tone}
                    data-significant={significant ? 'true' : 'false'}
                    data-value={m.delta}
                  >
                    {signed(m.delta, d)}
                  </span>
                )}
              </td>
              <td className="num" data-testid="compare-p" data-value={m.p_value ?? ''}>
                {pText(m.p_value)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Speed and size figures as each run recorded them: measured, not recomputable per sample. */
export function RecordedTable({ data }: { data: FairComparison }) {
  const { t } = useTranslation();
  const keys = Object.keys(data.recorded).sort(byMetricOrder);
  if (keys.length === 0) return null;
  return (
    <>
      <h3>{t('runs.compare.recorded')}</h3>
      <table className="grid runs-table" data-testid="compare-recorded">
        <thead>
          <tr>
            <th>{t('runs.compare.metric')}</th>
            <th className="num">{data.a}</th>
            <th className="num">{data.b}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k} data-testid="compare-recorded-row" data-key={k}>
              <td className="mono">{k}</td>
              <td className="num">{withUnit(data.recorded[k]!.a, metricUnit(k))}</td>
              <td className="num">{withUnit(data.recorded[k]!.b, metricUnit(k))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
