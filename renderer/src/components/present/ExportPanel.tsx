import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportFormat } from '../../../../shared/contract/board-methods';
import { selectProject } from '../../store/selectors';
import { useActions, useAppStore } from '../../store/StoreContext';

const FORMATS: ReportFormat[] = ['html', 'pdf', 'csv', 'json'];

/** `/a/b/digits.gapboard` → `/a/b/digits-report` (the core adds the extension). */
function defaultBase(file: string): string {
  return file.replace(/\.gapboard$/i, '') + '-report';
}

/**
 * Export buttons with a path field: the browser host has no native dialogs, and a typed path
 * works in both hosts (relative paths land next to the project file).
 */
export function ExportPanel() {
  const { t } = useTranslation();
  const project = useAppStore(selectProject);
  const { exportReport, notify } = useActions();
  const [path, setPath] = useState(() => (project ? defaultBase(project.path) : ''));
  const [written, setWritten] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (format: ReportFormat) => {
    setBusy(true);
    setWritten(null);
    const target = path.replace(/\.(html?|pdf|csv|json)$/i, '');
    const out = await exportReport(format, target);
    setBusy(false);
    if (out) {
      setWritten(out);
      notify({ kind: 'info', message: t('present.wrote', { path: out }) });
    }
  };
  return (
    <section className="card export-panel" data-testid="export-panel">
      <h2>{t('present.exportTitle')}</h2>
      <label>
        {t('present.exportPath')}
        <input data-testid="export-path" value={path} onChange={(e) => setPath(e.target.value)} />
      </label>
      <div className="row">
        {FORMATS.map((f) => (
          <button key={f} data-testid={`export-${f}`} disabled={busy || !path.trim()} onClick={() => void run(f)}>
            {t(`present.export.${f}`)}
          </button>
        ))}
      </div>
      {written && (
        <p className="small muted" data-testid="export-written">
          {t('present.wrote', { path: written })}
        </p>
      )}
    </section>
  );
}
