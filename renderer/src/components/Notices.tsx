import './Notices.css';
import { useTranslation } from 'react-i18next';
import { selectNotices } from '../store/selectors';
import { useActions, useAppStore } from '../store/StoreContext';

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
          <span className="notice-text">{n.message}</span>
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
