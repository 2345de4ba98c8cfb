import './Present.css';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentChoice } from '../components/present/DocumentPicker';
import { ExportPanel } from '../components/present/ExportPanel';
import { Presentation } from '../components/present/Presentation';
import { useSlides } from '../components/present/useSlides';
import { selectDoc } from '../store/selectors';
import { useActions, useAppStore } from '../store/StoreContext';

/** Present the iteration story full screen, or export it and the cards (HTML / PDF / Markdown / CSV / JSON). */
export function Present() {
  const { t, i18n } = useTranslation();
  const { run } = useActions();
  const deck = useSlides();
  const doc = useAppStore(selectDoc);
  const [presenting, setPresenting] = useState(false);
  const [preview, setPreview] = useState<string | null>(null);
  const exit = useCallback(() => setPresenting(false), []);
  const showPreview = useCallback(
    (choice: DocumentChoice) => {
      const lang = i18n.language === 'ko' ? 'ko' : 'en';
      void run((a) => a.report.preview({ ...choice, lang })).then((r) => setPreview(r?.html ?? null));
    },
    [run, i18n.language],
  );
  if (!doc) return null;
  const closed = doc.iterations.filter((i) => i.status === 'closed').length;
  return (
    <main className="screen" data-testid="screen-present" data-app-state={deck ? 'ready' : 'loading'}>
      <div className="screen-head">
        <h1>{t('present.title')}</h1>
        <button
          className="primary"
          data-testid="present-start"
          disabled={!deck}
          onClick={() => setPresenting(true)}
          autoFocus
        >
          ▶ {t('present.start')}
        </button>
      </div>
      <p className="muted">{t('present.hint', { slides: deck?.slides.length ?? 0, closed })}</p>
      <ExportPanel onPreview={showPreview} />
      {preview && (
        <section className="card">
          <h2>{t('present.previewTitle')}</h2>
          {/* No scripts and no same-origin: the documents are static HTML and need neither. */}
          <iframe
            className="report-preview"
            title={t('present.previewTitle')}
            sandbox=""
            srcDoc={preview}
            data-testid="report-preview"
          />
        </section>
      )}
      {presenting && deck && <Presentation css={deck.css} slides={deck.slides} onExit={exit} />}
    </main>
  );
}
