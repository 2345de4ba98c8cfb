import './TopBar.css';
import { useTranslation } from 'react-i18next';
import { useTabList } from '../hooks/useTabList';
import { LanguageSelect } from './LanguageSelect';
import { ThemeSelect } from './ThemeSelect';
import { MergeDialog } from './merge/MergeDialog';
import { SampleCopyBadge } from './host/SampleCopyBadge';
import { selectBusy, selectMerging, selectProject, selectScreen } from '../store/selectors';
import { useActions, useAppStore } from '../store/StoreContext';
import type { Screen } from '../store/types';

/** Title with the dirty marker, file actions, and the screen tabs. */
export function TopBar({ screens }: { screens: Screen[] }) {
  const { t } = useTranslation();
  const project = useAppStore(selectProject);
  const screen = useAppStore(selectScreen);
  const busy = useAppStore(selectBusy);
  const merging = useAppStore(selectMerging);
  const { setScreen, save, undo, redo, requestClose, setMerging } = useActions();
  const tabs = useTabList(screens, screen, setScreen);
  if (!project) return null;
  const fileName = project.path.split(/[\\/]/).pop();
  return (
    <header className="topbar">
      <div className="topbar-row">
        <strong className="brand">{t('app.name')}</strong>
        <span className="file-name" title={project.path}>
          <span className="file-title">
            {project.doc.project.name} <span className="muted">— {fileName}</span>
          </span>
          {project.dirty && (
            <span
              className="dirty"
              data-testid="dirty-indicator"
              title={t('app.unsaved')}
              aria-label={t('app.unsaved')}
            >
              {' '}
              ●
            </span>
          )}
        </span>
        {project.readOnly && (
          <span className="badge badge-warn" data-testid="read-only-badge" title={project.readOnlyReason ?? ''}>
            {t('app.readOnly')}
          </span>
        )}
        <span className="spacer" />
        <LanguageSelect />
        <ThemeSelect />
        <button
          data-testid="undo-button"
          disabled={!project.canUndo || busy}
          onClick={() => void undo()}
          title={project.undoLabel ?? ''}
        >
          {t('actions.undo')}
        </button>
        <button
          data-testid="redo-button"
          disabled={!project.canRedo || busy}
          onClick={() => void redo()}
          title={project.redoLabel ?? ''}
        >
          {t('actions.redo')}
        </button>
        <button data-testid="open-merge" disabled={project.readOnly || busy} onClick={() => setMerging(true)}>
          {t('merge.open')}
        </button>
        <button
          data-testid="save-button"
          className="primary"
          disabled={!project.dirty || project.readOnly || busy}
          onClick={() => void save()}
        >
          {t('actions.save')}
        </button>
        <button data-testid="close-project" onClick={() => requestClose()}>
          {t('actions.close')}
        </button>
      </div>
      <SampleCopyBadge />
      <nav className="tabs" {...tabs.list}>
        {screens.map((s) => (
          <button key={s} {...tabs.tab(s)} className={s === screen ? 'tab active' : 'tab'} data-testid={`tab-${s}`}>
            {t(`nav.${s}`)}
          </button>
        ))}
      </nav>
      {merging && <MergeDialog onClose={() => setMerging(false)} />}
    </header>
  );
}
