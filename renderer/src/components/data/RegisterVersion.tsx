import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScanSummary } from '../../../../shared/contract/dataset-methods';
import { selectJob } from '../../store/selectors';
import { useActions, useAppStore } from '../../store/StoreContext';
import { JobProgress } from '../JobProgress';
import type { VersionRef } from './DatasetList';
import { ScanReview } from './ScanReview';

type Layout = 'auto' | 'imagefolder' | 'csv' | 'jsonl';

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
  const [name, setName] = useState(defaultName);
  const [source, setSource] = useState('');
  const [layout, setLayout] = useState<Layout>('auto');
  const [labelColumn, setLabelColumn] = useState('label');
  const [notes, setNotes] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);
  const select = useMemo(() => selectJob(jobId), [jobId]);
  const job = useAppStore(select);
  const csv = layout === 'csv' || (layout === 'auto' && /\.csv$/i.test(source.trim()));
  const scanning = job?.status === 'running';
  const summary = job?.status === 'done' ? (job.result as ScanSummary) : null;

  const scan = async (e: FormEvent) => {
    e.preventDefault();
    const started = await run((api) =>
      api.datasets.scan({
        name: name.trim(),
        source: source.trim(),
        ...(layout !== 'auto' ? { layout } : {}),
        ...(csv && labelColumn.trim() ? { labelColumn: labelColumn.trim() } : {}),
      }),
    );
    if (started) setJobId(started.id);
  };
  const register = async () => {
    if (!summary) return;
    const r = await run((api) => api.datasets.register({ scanId: summary.scanId, notes }));
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
      <div className="row">
        <h2>{t('data.registerTitle')}</h2>
        <span className="spacer" />
        {canClose && !scanning && !summary && (
          <button data-testid="register-close" onClick={onClose}>
            {t('actions.cancel')}
          </button>
        )}
      </div>
      <form className="form-grid" onSubmit={(e) => void scan(e)}>
        <label>
          {t('data.datasetName')}
          <input
            data-testid="register-name"
            list="dataset-names"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('data.datasetNamePlaceholder')}
            disabled={scanning || summary !== null}
          />
          <datalist id="dataset-names">
            {names.map((n) => (
              <option key={n} value={n} />
            ))}
          </datalist>
        </label>
        <label className="span2">
          {t('data.source')}
          <input
            data-testid="register-path"
            value={source}
            onChange={(e) => setSource(e.target.value)}
            placeholder={t('data.sourcePlaceholder')}
            disabled={scanning || summary !== null}
          />
        </label>
        <label>
          {t('data.layout')}
          <select
            data-testid="register-layout"
            value={layout}
            onChange={(e) => setLayout(e.target.value as Layout)}
            disabled={scanning || summary !== null}
          >
            {(['auto', 'imagefolder', 'csv', 'jsonl'] as const).map((l) => (
              <option key={l} value={l}>
                {t(`data.layouts.${l}`)}
              </option>
            ))}
          </select>
        </label>
        {csv && (
          <label>
            {t('data.labelColumn')}
            <input
              data-testid="register-label-column"
              value={labelColumn}
              onChange={(e) => setLabelColumn(e.target.value)}
              disabled={scanning || summary !== null}
            />
          </label>
        )}
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
        <div className="wide row">
          <button
            className="primary"
            type="submit"
            data-testid="register-scan"
            disabled={readOnly || scanning || summary !== null || !name.trim() || !source.trim()}
          >
            {job && !summary ? t('data.scanAgain') : t('data.scan')}
          </button>
        </div>
      </form>
      {jobId && <JobProgress jobId={jobId} unit={t('data.files')} />}
      {summary && (
        <ScanReview
          summary={summary}
          readOnly={readOnly}
          onRegister={() => void register()}
          onDiscard={() => void discard()}
        />
      )}
    </div>
  );
}
