import './DiffPanel.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetVersion } from '../../../../shared/schema';
import type { DiffItem, DiffPage } from '../../../../shared/contract/dataset-methods';
import { DIFF_LISTS, type DiffList } from '../../../../shared/dataset-views';
import { useProjectQuery } from '../../hooks/useProjectQuery';
import { useTabList } from '../../hooks/useTabList';
import { Pager } from './Pager';
import { Thumb } from './Thumb';

const LIMIT = 60;

function DiffRow({ item, page }: { item: DiffItem; page: DiffPage }) {
  const { t } = useTranslation();
  const before = page.fromSource;
  // A removed file lives only in the older version's source; everything else in the newer one.
  const at = page.list === 'removed' && before ? before : page.toSource;
  // The old bytes of a modified file can be shown only when the older version lives elsewhere.
  const showBefore = page.list === 'modified' && before !== null && before.source !== page.toSource.source;
  return (
    <li className="diff-item" data-testid="diff-item" data-path={item.path}>
      {showBefore && before && <Thumb source={before.source} layout={before.layout} path={item.path} />}
      <Thumb source={at.source} layout={at.layout} path={item.path} />
      <span className="diff-text">
        <span className="mono">
          {item.fromPath ? `${item.fromPath} → ` : ''}
          {item.path}
        </span>
        <span className="small">
          {item.fromLabel !== undefined && item.fromLabel !== item.label ? (
            <>
              <span className="badge label-tag">{item.fromLabel}</span> →{' '}
              <span className="badge badge-warn label-tag">{item.label}</span>
            </>
          ) : (
            <span className="badge label-tag">{item.label}</span>
          )}
          {item.fromSha256 && (
            <span className="muted mono" title={t('data.hashChanged')}>
              {' '}
              {item.fromSha256.slice(0, 8)} → {item.sha256.slice(0, 8)}
            </span>
          )}
        </span>
      </span>
    </li>
  );
}

/** What changed against the parent (or any other version): counts, then one list at a time. */
export function DiffPanel({ name, version, versions }: { name: string; version: DatasetVersion; versions: number[] }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState<number | null>(version.parent ?? null);
  const [list, setList] = useState<DiffList>('added');
  // Until the user picks a list, the panel shows the first one with something in it: a
  // relabel-only version should not open on an empty "Added 0".
  const [picked, setPicked] = useState(false);
  const [offset, setOffset] = useState(0);
  const tabs = useTabList(DIFF_LISTS, list, (l) => {
    setPicked(true);
    setList(l);
    setOffset(0);
  });
  const key = JSON.stringify([name, version.version, from, list, offset]);
  const page = useProjectQuery(key, (api) =>
    api.datasets.diff({ name, to: version.version, ...(from !== null ? { from } : {}), list, offset, limit: LIMIT }),
  );
  if (!picked && page && page.counts[list] === 0) {
    const first = DIFF_LISTS.find((l) => page.counts[l] > 0);
    if (first) setList(first);
  }
  const others = versions.filter((n) => n !== version.version).sort((a, b) => b - a);
  return (
    <div className="diff-panel" data-testid="diff-panel">
      <div className="row">
        <label className="inline">
          {t('data.compareWith')}
          <select
            data-testid="diff-from"
            value={from ?? ''}
            onChange={(e) => {
              setFrom(e.target.value === '' ? null : Number(e.target.value));
              setPicked(false);
              setOffset(0);
            }}
          >
            {version.parent === undefined && <option value="">{t('data.nothing')}</option>}
            {others.map((n) => (
              <option key={n} value={n}>
                v{n}
                {n === version.parent ? ` (${t('data.parent')})` : ''}
              </option>
            ))}
          </select>
        </label>
        {page && (
          <span className="muted small" data-testid="diff-summary">
            v{page.from} → v{page.to} · {t('data.unchanged', { count: page.counts.unchanged })}
          </span>
        )}
      </div>
      {page && (
        <>
          <div className="chips" {...tabs.list}>
            {DIFF_LISTS.map((l) => (
              <button
                key={l}
                {...tabs.tab(l)}
                className={`chip chip-${l}${list === l ? ' active' : ''}`}
                data-testid={`diff-count-${l}`}
                data-count={page.counts[l]}
              >
                {t(`data.diff.${l}`)} <strong>{page.counts[l]}</strong>
              </button>
            ))}
          </div>
          {page.items.length === 0 ? (
            <p className="muted" data-testid="diff-empty">
              {t('data.diffEmpty')}
            </p>
          ) : (
            <ul className="diff-list" data-testid="diff-list">
              {page.items.map((item) => (
                <DiffRow key={`${item.fromPath ?? ''}>${item.path}`} item={item} page={page} />
              ))}
            </ul>
          )}
          <Pager
            offset={offset}
            shown={page.items.length}
            total={page.total}
            limit={LIMIT}
            onOffset={setOffset}
            testId="diff-pager"
          />
        </>
      )}
    </div>
  );
}
