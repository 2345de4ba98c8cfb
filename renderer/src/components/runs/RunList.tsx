import './RunList.css';
import { useTranslation } from 'react-i18next';
import type { ProjectDocument, Run } from '../../../../shared/schema';
import { includesTraining } from '../../../../shared/training-data';
import { fmt, shortDate } from '../../format';
import { dataText, modelName } from './format-run';

/**
 * Every run, newest first: status (with the failure reason), the headline metric, a link to
 * its page, and a checkbox to pick runs for the side-by-side comparison.
 */
export function RunList({
  doc,
  current,
  picked,
  onOpen,
  onPick,
  onCompare,
}: {
  doc: ProjectDocument;
  current: string | null;
  picked: string[];
  onOpen: (id: string) => void;
  onPick: (ids: string[]) => void;
  onCompare: () => void;
}) {
  const { t, i18n } = useTranslation();
  const runs = [...doc.runs].reverse();
  const toggle = (id: string) => onPick(picked.includes(id) ? picked.filter((p) => p !== id) : [...picked, id]);
  return (
    <nav className="card runs-side" aria-labelledby="runs-list-title" data-testid="run-list">
      <div className="row">
        <h2 id="runs-list-title">{t('runs.list.title')}</h2>
        <span className="spacer" />
        <button
          data-testid="compare-open"
          disabled={picked.length < 2 || picked.length > 6}
          onClick={onCompare}
          title={t('runs.list.compareHint')}
        >
          {t('runs.list.compare', { count: picked.length })}
        </button>
      </div>
      {runs.length === 0 && (
        <p className="muted small" data-testid="runs-empty">
          {t('runs.list.empty')}
        </p>
      )}
      <ul className="runs-items">
        {runs.map((r) => (
          <li
            key={r.id}
            className={r.id === current ? 'runs-item active' : 'runs-item'}
            data-testid="run-row"
            data-run={r.id}
            data-status={r.status}
          >
            <input
              type="checkbox"
              data-testid="run-pick"
              aria-label={t('runs.list.pick', { id: r.id })}
              checked={picked.includes(r.id)}
              disabled={r.status !== 'done'}
              onChange={() => toggle(r.id)}
            />
            <button
              className="runs-item-open"
              data-testid="run-open"
              onClick={() => onOpen(r.id)}
              aria-current={r.id === current}
            >
              <span className="row">
                <strong>{r.id}</strong>
                <StatusBadge run={r} />
                {doc.candidate?.run === r.id && (
                  <span className="badge badge-candidate" data-testid="run-row-candidate">
                    {t('runs.candidate.badge')}
                  </span>
                )}
                <span className="spacer" />
                {r.status === 'done' && r.metrics.accuracy !== undefined && (
                  <span className="mono small" title={t('runs.list.accuracy')}>
                    {fmt(r.metrics.accuracy)}
                  </span>
                )}
              </span>
              <span className="small">
                {modelName(doc, r.model)} · {dataText(r) || t('runs.adHoc')}
                {includesTraining(doc, r) && (
                  <span className="badge badge-warn" data-testid="run-row-training">
                    {t('runs.training.badge')}
                  </span>
                )}
              </span>
              <span className="muted small">
                {shortDate(r.startedAt, i18n.language)} · {t('runs.list.batch', { batch: r.settings.batch })}
              </span>
              {r.error && (
                <span className="runs-error small" data-testid="run-error" title={r.error}>
                  {r.error}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function StatusBadge({ run }: { run: Pick<Run, 'status'> }) {
  const { t } = useTranslation();
  return (
    <span className={`badge runs-status-${run.status}`} data-testid="run-status">
      {t(`jobs.status.${run.status}`)}
    </span>
  );
}
