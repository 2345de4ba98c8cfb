import './ErrorGallery.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { projectFileUrl } from '../../api/file-url';
import { percent } from './format-run';
import { useRunQuery } from './useRunQuery';

export interface GalleryFilter {
  truth: string;
  pred: string;
  slice: string;
  /** Also show correct predictions (then it is a sample browser over the run). */
  all: boolean;
}

export const NO_FILTER: GalleryFilter = { truth: '', pred: '', slice: '', all: false };

const PAGE = 48;

/**
 * The misclassified samples of a run, least confident first (the core's order): image, true →
 * predicted label, confidence. Filters by true class, predicted class and slice; pages of 48.
 */
export function ErrorGallery({
  runId,
  classes,
  slices,
  filter,
  onFilter,
}: {
  runId: string;
  classes: string[];
  slices: string[];
  filter: GalleryFilter;
  onFilter: (f: GalleryFilter) => void;
}) {
  const { t } = useTranslation();
  // The filter owner remounts this component on a new filter, so the page starts at 0 again.
  const [offset, setOffset] = useState(0);
  const key = JSON.stringify([runId, filter, offset]);
  const { data, loading } = useRunQuery(key, (api) =>
    api.runs.gallery({
      id: runId,
      ...(filter.truth ? { truth: filter.truth } : {}),
      ...(filter.pred ? { pred: filter.pred } : {}),
      ...(filter.slice ? { slice: filter.slice } : {}),
      ...(filter.all ? { all: true } : {}),
      offset,
      limit: PAGE,
    }),
  );
  const total = data?.total ?? 0;
  const select = (k: 'truth' | 'pred' | 'slice', label: string, options: string[], all: string) => (
    <label className="inline">
      {label}
      <select
        data-testid={`gallery-${k}`}
        value={filter[k]}
        onChange={(e) => onFilter({ ...filter, [k]: e.target.value })}
      >
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section
      className="runs-gallery"
      data-testid="error-gallery"
      data-state={loading ? 'loading' : 'ready'}
      data-total={total}
    >
      <div className="row runs-filters">
        {select('truth', t('runs.gallery.truth'), classes, t('runs.gallery.anyClass'))}
        {select('pred', t('runs.gallery.pred'), classes, t('runs.gallery.anyClass'))}
        {slices.length > 0 && select('slice', t('runs.gallery.slice'), slices, t('runs.gallery.anySlice'))}
        <label className="inline">
          <input
            type="checkbox"
            data-testid="gallery-all"
            checked={filter.all}
            onChange={(e) => onFilter({ ...filter, all: e.target.checked })}
          />
          {t('runs.gallery.all')}
        </label>
        <span className="spacer" />
        <span className="muted small" data-testid="gallery-count">
          {t(filter.all ? 'runs.gallery.samples' : 'runs.gallery.errors', { count: total })}
        </span>
      </div>
      {data && data.items.length === 0 && (
        <p className="muted" data-testid="gallery-empty">
          {t(filter.all ? 'runs.gallery.noneAll' : 'runs.gallery.none')}
        </p>
      )}
      <ul className="runs-tiles">
        {data?.items.map((it) => (
          <li
            key={it.index}
            className={it.truth === it.pred ? 'runs-tile' : 'runs-tile wrong'}
            data-testid="gallery-item"
            data-file={it.file ?? ''}
            data-truth={it.truth}
            data-pred={it.pred}
          >
            {it.file ? (
              <img className="runs-thumb" src={projectFileUrl(it.file)} alt={it.file} loading="lazy" />
            ) : (
              <span className="runs-thumb runs-thumb-none muted small">
                {t('runs.gallery.row', { index: it.index })}
              </span>
            )}
            <span className="runs-tile-label">
              <span title={t('runs.gallery.truth')}>{it.truth}</span> →{' '}
              <strong title={t('runs.gallery.pred')}>{it.pred}</strong>
              <span className="spacer" />
              <span className="muted" title={t('runs.gallery.confidence')} data-testid="gallery-confidence">
                {percent(it.confidence)}
              </span>
            </span>
            {it.file && (
              <span className="runs-tile-path mono muted" title={it.file}>
                {it.file.split('/').pop()}
              </span>
            )}
            {it.slices.length > 0 && <span className="runs-tile-path muted">{it.slices.join(', ')}</span>}
          </li>
        ))}
      </ul>
      {total > PAGE && (
        <div className="row runs-pager">
          <button
            data-testid="gallery-prev"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - PAGE))}
          >
            {t('runs.gallery.prev')}
          </button>
          <span className="small" data-testid="gallery-range">
            {t('runs.gallery.range', { from: offset + 1, to: Math.min(total, offset + PAGE), total })}
          </span>
          <button data-testid="gallery-next" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
            {t('runs.gallery.next')}
          </button>
        </div>
      )}
    </section>
  );
}
