import './ExportPanel.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportFormat } from '../../../../shared/contract/board-methods';
import type { DocumentFormat, DocumentKind } from '../../../../shared/contract/present-methods';
import { downloadUrl, startDownload } from '../../api/file-url';
import { selectDoc, selectInfo, selectProject } from '../../store/selectors';
import { useActions, useAppStore } from '../../store/StoreContext';
import { DocumentPicker, type DocumentChoice } from './DocumentPicker';

/** `/a/b/digits.gapboard` → `/a/b/digits-report` (the core adds the extension). */
function defaultBase(file: string, kind: DocumentKind): string {
  return `${file.replace(/\.gapboard$/i, '')}-${kind}`;
}

const FORMATS: Record<DocumentKind, DocumentFormat[]> = {
  report: ['html', 'pdf'],
  slides: ['html', 'pdf'],
  'model-card': ['html', 'pdf', 'md'],
  datasheet: ['html', 'pdf', 'md'],
};

/**
 * Export the report, the slides, a model card or a datasheet in the UI language, with a path
 * field: the browser host has no native dialogs, and a typed path works in both hosts
 * (relative paths land next to the project file). The scorecards also go out as CSV / JSON.
 */
export function ExportPanel({ onPreview }: { onPreview: (choice: DocumentChoice) => void }) {
  const { t, i18n } = useTranslation();
  const project = useAppStore(selectProject);
  const doc = useAppStore(selectDoc);
  // The browser host also hands each export to the browser as a download.
  const downloads = useAppStore(selectInfo)?.host === 'browser';
  const { exportReport, notify, run } = useActions();
  const [choice, setChoice] = useState<DocumentChoice | null>(null);
  const [path, setPath] = useState<string | null>(null);
  const [written, setWritten] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!doc || !project) return null;
  const kind = choice?.kind ?? 'report';
  const target = (path ?? defaultBase(project.path, kind)).replace(/\.(html?|pdf|csv|json|md)$/i, '');
  const done = (out: string | undefined) => {
    setBusy(false);
    if (out) {
      setWritten(out);
      notify({ kind: 'info', message: t('present.wrote', { path: out }) });
      if (downloads) startDownload(out);
    }
  };
  const write = async (format: DocumentFormat) => {
    if (!choice) return;
    setBusy(true);
    setWritten(null);
    const lang = i18n.language === 'ko' ? 'ko' : 'en';
    done((await run((a) => a.report.document({ ...choice, lang, format, path: target })))?.path);
  };
  const scorecards = async (format: ReportFormat) => {
    setBusy(true);
    setWritten(null);
    done(await exportReport(format, target));
  };
  return (
    <section className="card export-panel" data-testid="export-panel">
      <h2>{t('present.exportTitle')}</h2>
      <DocumentPicker doc={doc} onChange={setChoice} />
      <label>
        {t('present.exportPath')}
        <input data-testid="export-path" value={target} onChange={(e) => setPath(e.target.value)} />
      </label>
      <div className="row">
        {FORMATS[kind].map((f) => (
          <button
            key={f}
            data-testid={`export-${f}`}
            disabled={busy || !choice || !target.trim()}
            onClick={() => void write(f)}
          >
            {t(`present.export.${f}`)}
          </button>
        ))}
        {kind === 'report' &&
          (['csv', 'json'] as const).map((f) => (
            <button
              key={f}
              data-testid={`export-${f}`}
              disabled={busy || !target.trim()}
              onClick={() => void scorecards(f)}
            >
              {t(`present.export.${f}`)}
            </button>
          ))}
        <button data-testid="preview-report" disabled={!choice} onClick={() => choice && onPreview(choice)}>
          {t('present.preview')}
        </button>
      </div>
      {written && (
        <p className="small muted" data-testid="export-written">
          {t('present.wrote', { path: written })}{' '}
          {downloads && (
            <a href={downloadUrl(written)} download data-testid="export-download">
              {t('present.downloadAgain')}
            </a>
          )}
        </p>
      )}
    </section>
  );
}
