import { useTranslation } from 'react-i18next';
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
    <>
      <span className="badge" data-testid="sample-copy-badge" title={t('menu.sampleCopyHint', { path: project.path })}>
        {t('menu.sampleCopy')}
      </span>
      <button data-testid="sample-save-as" disabled={busy} onClick={() => void saveAsPicked(actions)}>
        {t('menu.sampleSaveAs')}
      </button>
    </>
  );
}
