import './SampleBrowser.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetVersion } from '../../../../shared/schema';
import { useProjectQueryStatus } from '../../hooks/useProjectQuery';
import { Pager } from './Pager';
import { sampleImageUrl } from './sample-url';
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
  const { data: page, status } = useProjectQueryStatus(key, (api) =>
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
  const images = page?.samples.some((s) => sampleImageUrl(version.source, version.layout, s.path) !== null) ?? false;
  const filter = (set: (v: string) => void) => (v: string) => {
    set(v);
    setOffset(0);
  };
  return (
    <div
      className="samples"
      data-testid="sample-browser"
      data-app-state={status === 'loading' ? 'loading' : 'ready'}
      data-query={status}
    >
      <div className="row filters">
        <select
          data-testid="samples-label"
          aria-label={t('data.filterClass')}
          value={label}
          onChange={(e) => filter(setLabel)(e.target.value)}
        >
          <option value="">{t('data.allClasses')}</option>
          {version.classes.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        {splits.length > 0 && (
          <select
            data-testid="samples-split"
            aria-label={t('data.filterSplit')}
            value={split}
            onChange={(e) => filter(setSplit)(e.target.value)}
          >
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
          aria-label={t('data.searchPath')}
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
          {images ? (
            <ul className="tiles">
              {page.samples.map((s) => (
                <li key={s.path} className="tile" data-testid="sample-tile" title={`${s.path}\n${s.sha256}`}>
                  <Thumb source={version.source} layout={version.layout} path={s.path} />
                  <span className="tile-path mono">{s.path}</span>
                  <span className="tile-meta">
                    <span className="badge label-tag">{s.label}</span>
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
          ) : (
            // Rows of a CSV table (or files that are not images): a table says more than empty tiles.
            <table className="grid compact" data-testid="sample-table">
              <thead>
                <tr>
                  <th>{t('data.file')}</th>
                  <th>{t('data.label')}</th>
                  <th>{t('data.split')}</th>
                  <th>{t('data.sliceTags')}</th>
                  <th>{t('data.sha256')}</th>
                </tr>
              </thead>
              <tbody>
                {page.samples.map((s) => (
                  <tr key={s.path} data-testid="sample-tile">
                    <td className="mono">{s.path}</td>
                    <td>
                      <span className="badge label-tag">{s.label}</span>
                    </td>
                    <td>{s.split ?? ''}</td>
                    <td className="small">{s.slices?.join(', ') ?? ''}</td>
                    <td className="mono small muted" title={s.sha256}>
                      {s.sha256.slice(0, 12)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
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
