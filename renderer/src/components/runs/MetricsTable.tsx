import './MetricsTable.css';
import './runs-table.css';
import { useTranslation } from 'react-i18next';
import type { Run } from '../../../../shared/schema';
import { fmt, withUnit } from '../../format';
import { intervalText } from '../../format-interval';
import { byMetricOrder, metricUnit, parseMetricKey } from '../../../../shared/metric-keys';
import { metricGroup } from './metric-keys';

/** The run's overall metrics (quality, then speed and size) keyed by their metric keys. */
export function MetricsTable({ run }: { run: Run }) {
  const { t } = useTranslation();
  const keys = Object.keys(run.metrics);
  const groups = (['quality', 'speed'] as const).map((g) => ({
    g,
    keys: keys.filter((k) => metricGroup(k) === g).sort(byMetricOrder),
  }));
  return (
    <div className="runs-metrics" data-testid="metrics-table">
      {groups.map(
        ({ g, keys: ks }) =>
          ks.length > 0 && (
            <table key={g} className="grid runs-table">
              <thead>
                <tr>
                  <th>{t(`runs.metrics.${g}`)}</th>
                  <th className="num">
                    {t('runs.metrics.value')}
                    <div className="small muted">{t('runs.metrics.interval')}</div>
                  </th>
                </tr>
              </thead>
              <tbody>
                {ks.map((k) => (
                  <tr key={k} data-testid="metric-row" data-key={k} data-value={run.metrics[k] ?? ''}>
                    <td className="mono">{k}</td>
                    <td className="num">
                      {withUnit(run.metrics[k], metricUnit(k))}
                      {run.intervals?.[k] && (
                        <div className="small muted" data-testid="metric-interval">
                          {intervalText(run.intervals[k])}
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ),
      )}
    </div>
  );
}

const SLICE_COLUMNS = ['accuracy', 'macro_f1', 'min_class_recall', 'mae', 'rmse', 'cer', 'wer'];

/** One row per slice tag with its main quality figures (all `slice[tag].…` keys). */
export function SliceTable({ run }: { run: Run }) {
  const { t } = useTranslation();
  const bySlice = new Map<string, Record<string, number | null>>();
  for (const [k, v] of Object.entries(run.metrics)) {
    const { slice, inner, className } = parseMetricKey(k);
    if (slice === undefined || className !== undefined) continue;
    const row = bySlice.get(slice) ?? {};
    row[inner] = v;
    bySlice.set(slice, row);
  }
  if (bySlice.size === 0) return null;
  // The figures slice requirements are usually written against; the rest stay in the comparison.
  const present = new Set([...bySlice.values()].flatMap((r) => Object.keys(r)));
  const cols = SLICE_COLUMNS.filter((c) => present.has(c));
  return (
    <table className="grid runs-table" data-testid="slice-table">
      <thead>
        <tr>
          <th>{t('runs.metrics.slice')}</th>
          {cols.map((c) => (
            <th key={c} className="num mono">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...bySlice.entries()].map(([slice, row]) => (
          <tr key={slice} data-testid="slice-row" data-slice={slice}>
            <td>{slice}</td>
            {cols.map((c) => (
              <td key={c} className="num">
                {fmt(row[c])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
