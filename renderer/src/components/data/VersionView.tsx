import './VersionView.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectQuery } from '../../hooks/useProjectQuery';
import { useTabList } from '../../hooks/useTabList';
import { selectDoc } from '../../store/selectors';
import { useAppStore } from '../../store/StoreContext';
import { BatchesPanel } from './BatchesPanel';
import { DiffPanel } from './DiffPanel';
import { IntegrityPanel } from './IntegrityPanel';
import { SampleBrowser } from './SampleBrowser';
import { StatsPanel } from './StatsPanel';

const TABS = ['stats', 'samples', 'diff', 'integrity', 'labeling'] as const;
type Tab = (typeof TABS)[number];

/** One dataset version: its facts in a header, and a tab per question asked of it. */
export function VersionView({ name, version }: { name: string; version: number }) {
  const { t } = useTranslation();
  const doc = useAppStore(selectDoc);
  const [tab, setTab] = useState<Tab>('stats');
  const tabs = useTabList(TABS, tab, setTab);
  // One sample is enough: this call is for the core's low-class verdict (pages come later).
  const page = useProjectQuery(`${name}@${version}`, (api) => api.datasets.version({ name, version, limit: 1 }));
  const ds = doc?.datasets.find((d) => d.name === name);
  const v = ds?.versions.find((x) => x.version === version);
  if (!ds || !v) return null;
  return (
    <div className="version-view" data-testid="version-view" data-version={`${name}@v${version}`}>
      <header className="version-head">
        <h2 data-testid="version-title">
          {name} <span className="muted">v{version}</span>
        </h2>
        <p className="muted small">
          {t('data.sampleCount', { count: v.stats.count })} · {t('data.classCount', { count: v.classes.length })} ·{' '}
          {v.parent !== undefined ? t('data.parentIs', { version: v.parent }) : t('data.noParent')} ·{' '}
          {t(`data.layouts.${v.layout}`)} · <span className="mono">{v.source}</span> ·{' '}
          {v.createdAt.slice(0, 16).replace('T', ' ')}
        </p>
        {v.notes && <p className="version-notes">{v.notes}</p>}
      </header>
      <div className="subtabs" {...tabs.list}>
        {TABS.map((id) => (
          <button
            key={id}
            {...tabs.tab(id)}
            className={`subtab${tab === id ? ' active' : ''}`}
            data-testid={`vtab-${id}`}
          >
            {t(`data.tabs.${id}`)}
          </button>
        ))}
      </div>
      {tab === 'stats' && <StatsPanel version={v} lowClasses={page?.lowClasses ?? []} />}
      {tab === 'samples' && <SampleBrowser name={name} version={v} />}
      {tab === 'diff' && <DiffPanel name={name} version={v} versions={ds.versions.map((x) => x.version)} />}
      {tab === 'integrity' && <IntegrityPanel name={name} version={version} />}
      {tab === 'labeling' && <BatchesPanel name={name} version={v} />}
    </div>
  );
}
