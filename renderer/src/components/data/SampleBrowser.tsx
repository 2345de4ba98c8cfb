import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetVersion } from '../../../../main/core/project/schema';
import { useProjectQuery } from '../../hooks/useProjectQuery';
import { Pager } from './Pager';
import { Thumb } from './Thumb';

const LIMIT = 48;

/** The manifest of a version, a page at a time, filtered by class, split or path. */
export function SampleBrowser({ name, version }: { name: string; version: DatasetVersion }) {
  const { t } = useTranslation();
  const [label, setLabel] = useState('');
  const [split, setSplit] = useState('');
  const [query, setQuery] = useState('');
  const [offset, setOffset] = useState(0);
  const key = JSON.stringify([name, version.version, label, split, query, offset]);
  const page = useProjectQuery(key, (api) =>
    api.datasets.version({
      name,
      version: version.version,
      ...(label ? { label } : {}),
      ...(split ? { split } : {}),
      ...(query ? { query } : {}),
      offset,
      limit: LIMIT,
    }),
  );
  const splits = Object.keys(version.stats.splits);
  const filter = (set: (v: string) => void) => (v: string) => {
    set(v);
    setOffset(0);
  };
  return (
    <div className="samples" data-testid="sample-browser">
      <div className="row filters">
        <select data-testid="samples-label" value={label} onChange={(e) => filter(setLabel)(e.target.value)}>
          <option value="">{t('data.allClasses')}</option>
          {version.classes.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        {splits.length > 0 && (
          <select data-testid="samples-split" value={split} onChange={(e) => filter(setSplit)(e.target.value)}>
            <option value="">{t('data.allSplits')}</option>
            {splits.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        )}
        <input
          data-testid="samples-query"
          value={query}
          placeholder={t('data.searchPath')}
          onChange={(e) => filter(setQuery)(e.target.value)}
        />
      </div>
      {page && (
        <>
          <p className="muted small" data-testid="samples-total">
            {t('data.matching', { count: page.total })}
          </p>
          <ul className="tiles">
            {page.samples.map((s) => (
              <li key={s.path} className="tile" data-testid="sample-tile" title={`${s.path}\n${s.sha256}`}>
                <Thumb source={version.source} layout={version.layout} path={s.path} />
                <span className="tile-path mono">{s.path}</span>
                <span className="tile-meta">
                  <span className="badge">{s.label}</span>
                  {s.split && <span className="muted small"> {s.split}</span>}
                  {s.slices?.map((tag) => (
                    <span key={tag} className="muted small">
                      {' '}
                      #{tag}
                    </span>
                  ))}
                </span>
              </li>
            ))}
          </ul>
          <Pager
            offset={offset}
            shown={page.samples.length}
            total={page.total}
            limit={LIMIT}
            onOffset={setOffset}
            testId="samples-pager"
          />
        </>
      )}
    </div>
  );
}
