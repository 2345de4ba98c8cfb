import './ClassChart.css';
import { useTranslation } from 'react-i18next';
import type { LowClass } from '../../../../shared/contract/dataset-methods';
import { ChartTable } from '../charts/ChartTable';

/**
 * The class distribution as horizontal bars (plain CSS: one bar per class reads better than
 * an axis when there are ten or a hundred classes). Classes far below the median are marked,
 * and a dashed line shows the median itself.
 */
export function ClassChart({ classes, low }: { classes: Record<string, number>; low: LowClass[] }) {
  const { t } = useTranslation();
  const entries = Object.entries(classes);
  const max = Math.max(1, ...entries.map(([, n]) => n));
  const lowSet = new Set(low.map((l) => l.class));
  const median = low[0]?.median ?? medianOf(entries.map(([, n]) => n));
  return (
    <figure className="class-chart" data-testid="class-chart" aria-label={t('data.classChart')}>
      <div className="class-rows">
        {entries.map(([cls, n]) => (
          <div key={cls} className={`class-row${lowSet.has(cls) ? ' low' : ''}`} data-testid={`class-bar-${cls}`}>
            <span className="class-label mono" title={cls}>
              {cls}
            </span>
            <span className="class-track">
              <span className="class-fill" style={{ width: `${(n / max) * 100}%` }} />
              {median > 0 && <span className="class-median" style={{ left: `${(median / max) * 100}%` }} />}
            </span>
            <span className="class-count mono">
              {n}
              {lowSet.has(cls) && (
                <span className="low-mark" title={t('data.lowClassTitle')}>
                  {' '}
                  ⚠
                </span>
              )}
            </span>
          </div>
        ))}
      </div>
      <figcaption className="muted small">{t('data.medianLegend', { median })}</figcaption>
      <ChartTable
        name={t('data.classChart')}
        testId="class-table"
        columns={[t('charts.className'), t('charts.samples'), t('charts.note')]}
        rows={entries.map(([cls, n]) => ({
          key: cls,
          cells: [cls, n, lowSet.has(cls) ? t('data.lowClassTitle') : ''],
        }))}
      />
    </figure>
  );
}

function medianOf(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
