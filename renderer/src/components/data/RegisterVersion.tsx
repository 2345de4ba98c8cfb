import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScanSummary } from '../../../../shared/contract/dataset-methods';
import { selectJob } from '../../store/selectors';
import { useActions, useAppStore } from '../../store/StoreContext';
import { JobProgress } from '../JobProgress';
import type { VersionRef } from './DatasetList';
import { ScanReview } from './ScanReview';
import { scanRequest, ScanSourceFields, type ScanSource } from './ScanSourceFields';
import { FormActions } from '../FormActions';
import { CardHead } from '../CardHead';

/**
 * Register the next version: a path typed by the user (relative to the project folder, since
 * the browser host has no file dialog), a scan job with progress and cancel, then the review
 * of what was found before anything is written.
 */
export function RegisterVersion({
  defaultName,
  names,
  readOnly,
  canClose,
  onClose,
  onRegistered,
}: {
  defaultName: string;
  names: string[];
  readOnly: boolean;
  canClose: boolean;
  onClose: () => void;
  onRegistered: (r: VersionRef) => void;
}) {
  const { t } = useTranslation();
  const { run, setProject } = useActions();
  const [src, setSrc] = useState<ScanSource>({ name: defaultName, source: '', layout: 'auto', labelColumn: 'label' });
  const [notes, setNotes] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);
  const select = useMemo(() => selectJob(jobId), [jobId]);
  const job = useAppStore(select);
  const scanning = job?.status === 'running';
  const summary = job?.status === 'done' ? (job.result as ScanSummary) : null;

  const scan = async (e: FormEvent) => {
    e.preventDefault();
    const started = await run((api) => api.datasets.scan(scanRequest(src)));
    if (started) setJobId(started.id);
  };
  const register = async (allowUnchanged: boolean) => {
    if (!summary) return;
    const r = await run((api) =>
      api.datasets.register({ scanId: summary.scanId, notes, ...(allowUnchanged ? { allowUnchanged } : {}) }),
    );
    if (!r) return;
    setProject(r.project);
    onRegistered({ name: summary.name, version: r.version });
  };
  const discard = async () => {
    if (summary) await run((api) => api.datasets.discardScan({ scanId: summary.scanId }));
    setJobId(null);
  };

  return (
    <div className="card register" data-testid="register-version">
      <CardHead
        title={t('data.registerTitle')}
        closeTestId="register-close"
        onClose={canClose && !scanning && !summary ? onClose : undefined}
      />
      <form className="form-grid" onSubmit={(e) => void scan(e)}>
        <ScanSourceFields value={src} onChange={setSrc} names={names} locked={scanning || summary !== null} />
        <label className="wide">
          {t('data.notes')}
          <textarea
            data-testid="register-notes"
            rows={2}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            placeholder={t('data.notesPlaceholder')}
          />
        </label>
        <p className="muted small wide">{t('data.sourceHint')}</p>
        <FormActions
          className="wide row"
          primary={{
            label: job && !summary ? t('data.scanAgain') : t('data.scan'),
            testId: 'register-scan',
            type: 'submit',
            disabled: readOnly || scanning || summary !== null || !src.name.trim() || !src.source.trim(),
          }}
        />
      </form>
      {jobId && <JobProgress jobId={jobId} unit={t('data.files')} />}
      {summary && (
        <ScanReview
          summary={summary}
          readOnly={readOnly}
          onRegister={(allow) => void register(allow)}
          onDiscard={() => void discard()}
        />
      )}
    </div>
  );
}
