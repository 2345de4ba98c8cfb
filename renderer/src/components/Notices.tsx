import './Notices.css';
import { useTranslation } from 'react-i18next';
import { selectNotices } from '../store/selectors';
import { useActions, useAppStore } from '../store/StoreContext';

/** The store file a STORE_* error names (`<stem>.store/<sha256>.parquet`). */
const STORE_FILE = /[^\s,]+\.store\/[0-9a-f]{64}\.parquet/;

/**
 * A notice in the UI's language where the core's code says what it is: a missing or altered
 * store file gets the translated way back, with the file the core named.
 */
function noticeText(
  t: (key: string, opts?: Record<string, string>) => string,
  n: { code?: string | undefined; message: string },
): string {
  const file = STORE_FILE.exec(n.message)?.[0] ?? '';
  if (n.code === 'STORE_MISSING') return t('store.missing', { file });
  if (n.code === 'STORE_ALTERED') return t('store.altered', { file });
  return n.message;
}

/** Errors and notes from the core, each dismissable; a save conflict offers its way out. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAppStore(selectNotices);
  const { dismiss, save, reload } = useActions();
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice notice-${n.kind}`}
          data-testid={n.kind === 'error' ? 'error-banner' : 'info-banner'}
        >
          <span className="notice-text">{noticeText(t, n)}</span>
          {n.code === 'CONFLICT' && (
            <>
              <button onClick={() => void reload().then(() => dismiss(n.id))}>{t('actions.reload')}</button>
              <button onClick={() => void save(true).then(() => dismiss(n.id))}>{t('actions.saveAnyway')}</button>
            </>
          )}
          <button className="ghost" aria-label={t('app.dismiss')} onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
