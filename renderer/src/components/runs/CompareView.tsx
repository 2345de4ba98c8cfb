import './CompareView.css';
import './runs-table.css';
import './ErrorGallery.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDocument } from '../../../../shared/schema';
import { includesTraining } from '../../../../shared/training-data';
import { CandidateControl } from './CandidateControl';
import { FairMetricsTable, RecordedTable } from './FairMetricsTable';
import { modelName } from './format-run';
import { RateDiffTable } from './RateDiffTable';
import { useRunQuery } from './useRunQuery';

/**
 * Runs side by side, fairly: the base run against one other at a time, every quality figure
 * recomputed on the samples both scored (matched by content hash), the accuracy difference
 * tested with the exact McNemar test. Says when the sample sets differ and by how much.
 */
export function CompareView({
  ids,
  doc,
  readOnly,
  onBase,
}: {
  ids: string[];
  doc: ProjectDocument;
  readOnly: boolean;
  onBase: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const [detail, setDetail] = useState(false);
  const [pair, setPair] = useState(1);
  const p = Math.min(pair, ids.length - 1);
  const a = ids[0] as string;
  const b = ids[p] as string;
  const { data } = useRunQuery(`${a}|${b}`, (api) => api.runs.compareFair({ a, b }));
  const runA = doc.runs.find((r) => r.id === a);
  const runB = doc.runs.find((r) => r.id === b);
  return (
    <section className="runs-compare" data-testid="compare-view" data-state={data ? 'ready' : 'loading'}>
      <div className="row runs-filters">
        <label className="inline">
          {t('runs.compare.base')}
          <select
            data-testid="compare-base"
            value={a}
            onChange={(e) => onBase([e.target.value, ...ids.filter((i) => i !== e.target.value)])}
          >
            {ids.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </label>
        {ids.length > 2 &&
          ids.slice(1).map((id, i) => (
            <button
              key={id}
              className={p === i + 1 ? 'runs-chip active' : 'runs-chip'}
              aria-pressed={p === i + 1}
              data-testid="compare-pair"
              onClick={() => setPair(i + 1)}
            >
              {id} − {a}
            </button>
          ))}
        <label className="inline">
          <input
            type="checkbox"
            data-testid="compare-detail"
            checked={detail}
            onChange={(e) => setDetail(e.target.checked)}
          />
          {t('runs.compare.detail')}
        </label>
      </div>
      <div className="row runs-compare-heads">
        {[runA, runB].map(
          (r, i) =>
            r && (
              <div key={r.id} className="runs-compare-head" data-testid="compare-run" data-run={r.id}>
                <strong>{r.id}</strong>
                {i === 0 && <span className="badge runs-base">{t('runs.compare.baseBadge')}</span>}{' '}
                <span className="muted small">
                  {modelName(doc, r.model)} · {data?.data[i === 0 ? 'a' : 'b'] ?? ''}
                </span>{' '}
                {includesTraining(doc, r) && <span className="badge badge-warn">{t('runs.training.badge')}</span>}
                <CandidateControl run={r} doc={doc} readOnly={readOnly} />
              </div>
            ),
        )}
      </div>
      {!data ? (
        <p className="muted">{t('app.loading')}</p>
      ) : !data.comparable ? (
        <p className="banner banner-warn" data-testid="compare-not-comparable">
          {t('runs.compare.notComparable', { reason: data.reason ?? '' })}
        </p>
      ) : (
        <>
          <p
            className={data.reason ? 'banner banner-warn' : 'muted small'}
            data-testid="compare-sets"
            data-differ={data.n.a !== data.n_common || data.n.b !== data.n_common ? 'true' : 'false'}
          >
            {data.n.a !== data.n_common || data.n.b !== data.n_common
              ? t('runs.compare.setsDiffer', {
                  a,
                  b,
                  na: data.n.a,
                  nb: data.n.b,
                  dataA: data.data.a,
                  dataB: data.data.b,
                })
              : t('runs.compare.setsSame', { n: data.n_common })}{' '}
            <span data-testid="compare-n-common" data-value={data.n_common}>
              {t('runs.compare.nCommon', { n: data.n_common })}
            </span>
            {data.relabeled > 0 && <> {t('runs.compare.relabeled', { count: data.relabeled })}</>}
          </p>
          <FairMetricsTable data={data} detail={detail} />
          <h3>{t('runs.compare.confusion')}</h3>
          <RateDiffTable data={data} />
        </>
      )}
      {data && <RecordedTable data={data} />}
    </section>
  );
}
