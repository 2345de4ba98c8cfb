import { useTranslation } from 'react-i18next';
import type { DatasetVersion } from '../../../../shared/schema';
import type { LowClass } from '../../../../shared/contract/dataset-methods';
import { ClassChart } from './ClassChart';
import './stats-panel.css';

function CountTable({ title, counts, testId }: { title: string; counts: Record<string, number>; testId: string }) {
  const { t } = useTranslation();
  const entries = Object.entries(counts);
  return (
    <div className="stat-table">
      <h3>{title}</h3>
      {entries.length === 0 ? (
        <p className="muted small">{t('data.none')}</p>
      ) : (
        <table className="grid compact" data-testid={testId}>
          <tbody>
            {entries.map(([k, n]) => (
              <tr key={k}>
                <td className="mono">{k}</td>
                <td className="num mono">{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** Counts per class / split / slice, the image-size summary, the class chart and its warning. */
export function StatsPanel({ version, lowClasses }: { version: DatasetVersion; lowClasses: LowClass[] }) {
  const { t } = useTranslation();
  const { stats } = version;
  const img = stats.image;
  const channels = img
    ? Object.entries(img.channels).map(([c, n]) => t('data.channelsEntry', { channels: c, count: n }))
    : [];
  const size = (min: number, max: number) => (min === max ? String(min) : `${min}–${max}`);
  return (
    <div className="stats-panel" data-testid="stats-panel">
      <dl className="counts">
        <div className="count">
          <dt>{t('data.samples')}</dt>
          <dd data-testid="stat-count">{stats.count}</dd>
        </div>
        <div className="count">
          <dt>{t('data.classes')}</dt>
          <dd>{Object.keys(stats.classes).length}</dd>
        </div>
        {img && (
          <div className="count" data-testid="stat-image">
            <dt>{t('data.imageSize')}</dt>
            <dd className="dd-small">
              {size(img.minWidth, img.maxWidth)} × {size(img.minHeight, img.maxHeight)}
            </dd>
            <dd className="dd-note muted small">{channels.join(' · ')}</dd>
          </div>
        )}
      </dl>
      {lowClasses.length > 0 && (
        <p className="banner banner-warn" data-testid="low-class-warning">
          {t('data.lowClasses', {
            classes: lowClasses.map((l) => `${l.class} (${l.count})`).join(', '),
            median: lowClasses[0]!.median,
          })}
        </p>
      )}
      <div className="stats-grid">
        <div>
          <h3>{t('data.classDistribution')}</h3>
          <ClassChart classes={stats.classes} low={lowClasses} />
        </div>
        <div className="stats-side">
          <CountTable title={t('data.splits')} counts={stats.splits} testId="stat-splits" />
          <CountTable title={t('data.slices')} counts={stats.slices} testId="stat-slices" />
        </div>
      </div>
    </div>
  );
}
