import './DatasetList.css';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../../shared/schema';

export interface VersionRef {
  name: string;
  version: number;
}

/** The sidebar: every dataset with its versions, newest first. */
export function DatasetList({
  datasets,
  selected,
  onSelect,
}: {
  datasets: Dataset[];
  selected: VersionRef | null;
  onSelect: (r: VersionRef) => void;
}) {
  const { t } = useTranslation();
  if (datasets.length === 0) {
    return (
      <nav className="data-side card" data-testid="dataset-list">
        <p className="muted small" data-testid="datasets-empty">
          {t('data.empty')}
        </p>
      </nav>
    );
  }
  return (
    <nav className="data-side card" data-testid="dataset-list" aria-label={t('data.datasets')}>
      {datasets.map((ds) => (
        <div key={ds.name} className="ds-group" data-testid={`dataset-${ds.name}`}>
          <h2 className="ds-name">{ds.name}</h2>
          <ul className="ds-versions">
            {[...ds.versions]
              .sort((a, b) => b.version - a.version)
              .map((v) => {
                const active = selected?.name === ds.name && selected.version === v.version;
                return (
                  <li key={v.version}>
                    <button
                      className={`ds-version${active ? ' active' : ''}`}
                      data-testid={`version-${ds.name}-v${v.version}`}
                      aria-current={active ? 'true' : undefined}
                      onClick={() => onSelect({ name: ds.name, version: v.version })}
                    >
                      <strong>v{v.version}</strong>
                      <span className="muted small">
                        {t('data.sampleCount', { count: v.stats.count })} · {v.createdAt.slice(0, 10)}
                      </span>
                      {v.batches.length > 0 && (
                        <span className="badge">{t('data.batchCount', { count: v.batches.length })}</span>
                      )}
                    </button>
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
