import './IntegrityPanel.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerifyResult } from '../../../../shared/contract/dataset-methods';
import { selectJob } from '../../store/selectors';
import { useActions, useAppStore } from '../../store/StoreContext';
import { JobProgress } from '../JobProgress';

function FileList({ title, files, testId }: { title: string; files: string[]; testId: string }) {
  if (files.length === 0) return null;
  return (
    <div className="drift" data-testid={testId}>
      <h3>
        {title} <span className="badge badge-warn">{files.length}</span>
      </h3>
      <ul className="mono small">
        {files.slice(0, 500).map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
    </div>
  );
}

/** Re-hash the version's files (a job) and list what drifted since it was registered. */
export function IntegrityPanel({ name, version }: { name: string; version: number }) {
  const { t } = useTranslation();
  const { run } = useActions();
  const [jobId, setJobId] = useState<string | null>(null);
  const select = useMemo(() => selectJob(jobId), [jobId]);
  const job = useAppStore(select);
  const result = job?.status === 'done' ? (job.result as VerifyResult) : null;
  const check = async () => {
    const started = await run((api) => api.datasets.verify({ name, version }));
    if (started) setJobId(started.id);
  };
  return (
    <div className="integrity" data-testid="integrity-panel">
      <p className="muted">{t('data.integrityHint')}</p>
      <button
        className="primary"
        data-testid="verify-start"
        disabled={job?.status === 'running'}
        onClick={() => void check()}
      >
        {t('data.verify')}
      </button>
      {jobId && <JobProgress jobId={jobId} unit={t('data.files')} />}
      {result &&
        (result.ok ? (
          <p className="banner banner-ok" data-testid="verify-ok">
            {t('data.verifyOk', { count: result.checked })}
          </p>
        ) : (
          <div data-testid="verify-drift">
            <p className="banner banner-warn">
              {t('data.verifyDrift', {
                missing: result.missing.length,
                changed: result.changed.length,
                unexpected: result.unexpected.length,
              })}
            </p>
            <FileList title={t('data.missing')} files={result.missing} testId="verify-missing" />
            <FileList
              title={t('data.changed')}
              files={result.changed.map((c) => (c.reason ? `${c.path} — ${c.reason}` : c.path))}
              testId="verify-changed"
            />
            <FileList title={t('data.unexpected')} files={result.unexpected} testId="verify-unexpected" />
          </div>
        ))}
    </div>
  );
}
