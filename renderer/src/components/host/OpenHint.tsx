import { useTranslation } from 'react-i18next';
import './open-hint.css';

/** Commands are typed as they are, in every language. */
const SERVE_COMMAND = 'gapboard serve';
const START_COMMAND = 'npm start';

/**
 * What the browser host shows at an address without its access token: how to get the right
 * address, and nothing of the app (no project, no recent files, no calls to the host).
 */
export function OpenHint() {
  const { t } = useTranslation();
  return (
    <main className="open-hint" data-testid="open-hint" data-app-state="ready">
      <h1>{t('openHint.title')}</h1>
      <p>{t('openHint.why')}</p>
      <ol>
        <li>
          {t('openHint.start')} <code>{SERVE_COMMAND}</code> {t('openHint.or')} <code>{START_COMMAND}</code>
        </li>
        <li>{t('openHint.open')}</li>
      </ol>
      <p className="muted small">{t('openHint.example')}</p>
    </main>
  );
}
