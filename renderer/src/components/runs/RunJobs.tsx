import './RunJobs.css';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { JobInfo } from '../../../../shared/contract';
import type { AppStore } from '../../store/types';
import { useAppStore } from '../../store/StoreContext';
import { JobProgress } from '../JobProgress';
import { jobTitle } from '../job-title';

/** Evaluation jobs are the core's `runs.*` kinds; anything else belongs to other screens. */
const isRunJob = (j: JobInfo) => j.kind.startsWith('run');

/**
 * Evaluations in flight (started here or anywhere), and those started on this screen that have
 * ended, with the way to their run. Shown above whatever the screen displays, so the user can
 * keep reading runs while one evaluates.
 */
export function RunJobs({
  started,
  onOpen,
  onDismiss,
}: {
  started: string[];
  onOpen: (runId: string) => void;
  onDismiss: (jobId: string) => void;
}) {
  const { t } = useTranslation();
  const jobs = useAppStore(
    useShallow((s: AppStore) =>
      Object.values(s.jobs).filter((j) => started.includes(j.id) || (isRunJob(j) && j.status === 'running')),
    ),
  );
  if (jobs.length === 0) return null;
  return (
    <div className="runs-jobs" data-testid="run-jobs">
      {jobs.map((j) => {
        const runId = (j.result as { runId?: string | null } | null)?.runId;
        if (j.status === 'running') {
          return (
            <div key={j.id} className="runs-job" data-testid="run-job" data-job={j.id} data-status={j.status}>
              <JobProgress jobId={j.id} unit={t('runs.jobs.unit')} />
            </div>
          );
        }
        // An ended job shrinks to one line: what it was, how it ended, the way to its run.
        return (
          <div
            key={j.id}
            className="runs-job runs-job-ended row"
            data-testid="run-job"
            data-job={j.id}
            data-status={j.status}
          >
            <span className={`badge runs-status-${j.status}`}>{t(`jobs.status.${j.status}`)}</span>
            <strong>{jobTitle(t, j)}</strong>
            <span className="muted small" data-testid="job-counts">
              {t('jobs.counts', { done: j.done, total: j.total, rate: j.rate.toFixed(0), unit: t('runs.jobs.unit') })}
            </span>
            {j.error && <span className="runs-error small">{j.error}</span>}
            <span className="spacer" />
            {runId && (
              <button
                className="primary"
                data-testid="run-job-open"
                onClick={() => {
                  onDismiss(j.id);
                  onOpen(runId);
                }}
              >
                {t('runs.jobs.open', { id: runId })}
              </button>
            )}
            <button data-testid="run-job-dismiss" onClick={() => onDismiss(j.id)}>
              {t('app.dismiss')}
            </button>
          </div>
        );
      })}
    </div>
  );
}
