import './JobProgress.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { selectJob } from '../store/selectors';
import { useActions, useAppStore } from '../store/StoreContext';
import { jobTitle } from './job-title';

/** Progress of one job: a bar, done / total, rate, ETA, and a Cancel button while it runs. */
export function JobProgress({ jobId, unit }: { jobId: string; unit: string }) {
  const { t } = useTranslation();
  const select = useMemo(() => selectJob(jobId), [jobId]);
  const job = useAppStore(select);
  const { cancelJob } = useActions();
  if (!job) return null;
  const fraction = job.total > 0 ? job.done / job.total : 0;
  return (
    <div className="job" data-testid="job-progress" data-status={job.status} aria-live="polite">
      <div className="job-head">
        <strong>{jobTitle(t, job)}</strong>
        <span className="muted small" data-testid="job-counts">
          {t('jobs.counts', { done: job.done, total: job.total, rate: job.rate.toFixed(0), unit })}
          {job.etaSeconds !== null && job.status === 'running'
            ? ` · ${t('jobs.eta', { seconds: Math.ceil(job.etaSeconds) })}`
            : ''}
        </span>
        <span className="spacer" />
        <span className={`badge job-${job.status}`}>{t(`jobs.status.${job.status}`)}</span>
        {job.status === 'running' && (
          <button data-testid="job-cancel" onClick={() => void cancelJob(job.id)}>
            {t('actions.cancel')}
          </button>
        )}
      </div>
      <div className="bar" role="progressbar" aria-valuemin={0} aria-valuemax={job.total} aria-valuenow={job.done}>
        <div className="bar-fill" style={{ width: `${(fraction * 100).toFixed(1)}%` }} />
      </div>
      {job.error && <p className="field-error">{job.error}</p>}
    </div>
  );
}
