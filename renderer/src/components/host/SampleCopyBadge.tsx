import { useTranslation } from 'react-i18next';
import './sample-copy.css';
import { saveAsPicked } from '../../store/menu-commands';
import { selectBusy, selectProject } from '../../store/selectors';
import { useActions, useAppStore } from '../../store/StoreContext';

/**
 * Names the sample's working copy for what it is — a copy in the app's data folder, not a
 * file the user chose — and offers to save it as one of their own.
 */
export function SampleCopyBadge() {
  const { t } = useTranslation();
  const project = useAppStore(selectProject);
  const busy = useAppStore(selectBusy);
  const actions = useActions();
  if (!project?.sampleCopy) return null;
  return (
    <div className="sample-copy-row">
      <span className="badge" data-testid="sample-copy-badge" title={project.path}>
        {t('menu.sampleCopy')}
      </span>
      <span className="muted small">{t('menu.sampleCopyHint')}</span>
      <button data-testid="sample-save-as" disabled={busy} onClick={() => void saveAsPicked(actions)}>
        {t('menu.sampleSaveAs')}
      </button>
    </div>
  );
}
