import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportPanel } from '../components/present/ExportPanel';
import { Presentation } from '../components/present/Presentation';
import { useLoaded } from '../hooks/useLoaded';
import { selectBoard, selectDoc, selectHistory } from '../store/selectors';
import { useActions, useAppStore } from '../store/StoreContext';

/** Present the iteration story full screen, or export it (HTML / PDF / CSV / JSON). */
export function Present() {
  const { t } = useTranslation();
  const { loadBoard, loadHistory, reportHtml } = useActions();
  const board = useLoaded(selectBoard, loadBoard);
  const history = useLoaded(selectHistory, loadHistory);
  const doc = useAppStore(selectDoc);
  const [presenting, setPresenting] = useState(false);
  const [preview, setPreview] = useState<string | null>(null);
  const exit = useCallback(() => setPresenting(false), []);
  if (!doc) return null;
  const ready = board !== null && history !== null;
  const closed = doc.iterations.filter((i) => i.status === 'closed').length;
  return (
    <main className="screen" data-testid="screen-present" data-app-state={ready ? 'ready' : 'loading'}>
      <div className="screen-head">
        <h1>{t('present.title')}</h1>
        <button
          className="primary"
          data-testid="present-start"
          disabled={!ready}
          onClick={() => setPresenting(true)}
          autoFocus
        >
          ▶ {t('present.start')}
        </button>
      </div>
      <p className="muted">{t('present.hint', { slides: 2 + doc.iterations.length, closed })}</p>
      <ExportPanel />
      <section className="card">
        <div className="row">
          <h2 className="spacer">{t('present.previewTitle')}</h2>
          <button data-testid="preview-report" onClick={() => void reportHtml().then((h) => setPreview(h ?? null))}>
            {t('present.preview')}
          </button>
        </div>
        {preview && (
          // No scripts and no same-origin: the report is static HTML and needs neither.
          <iframe
            className="report-preview"
            title={t('present.previewTitle')}
            sandbox=""
            srcDoc={preview}
            data-testid="report-preview"
          />
        )}
      </section>
      {presenting && board && history && <Presentation doc={doc} board={board} history={history} onExit={exit} />}
    </main>
  );
}
