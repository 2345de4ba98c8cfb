import { useTranslation } from 'react-i18next';
import type { StoreApi } from 'zustand';
import { ConfirmDialog } from './components/ConfirmDialog';
import { MenuBar } from './components/menubar/MenuBar';
import { MenuDialogs } from './components/menubar/MenuDialogs';
import { Notices } from './components/Notices';
import { ScreenErrorBoundary } from './components/ScreenErrorBoundary';
import { TopBar } from './components/TopBar';
import { useFileDrop } from './hooks/useFileDrop';
import { useScreenTop } from './hooks/useScreenTop';
import { useShortcuts } from './hooks/useShortcuts';
import { useUnsavedGuard } from './hooks/useUnsavedGuard';
import { Overview } from './screens/Overview';
import { SCREENS } from './screens/registry';
import { Welcome } from './screens/Welcome';
import { selectBooted, selectInfo, selectPendingClose, selectProject, selectScreen } from './store/selectors';
import { useActions, useAppStore } from './store/StoreContext';
import type { AppStore } from './store/types';

export function App({ store }: { store: StoreApi<AppStore> }) {
  const { t } = useTranslation();
  const booted = useAppStore(selectBooted);
  const project = useAppStore(selectProject);
  const screen = useAppStore(selectScreen);
  const pendingClose = useAppStore(selectPendingClose);
  const info = useAppStore(selectInfo);
  const { save, closeProject, cancelClose } = useActions();
  useShortcuts(store);
  useFileDrop(store);
  useUnsavedGuard(Boolean(project?.dirty));
  useScreenTop(screen);

  if (!booted) return <p className="loading">{t('app.loading')}</p>;
  const Current = SCREENS.find((s) => s.id === screen)?.component ?? Overview;
  return (
    <div className="app">
      {/* The desktop app has its native menu; the browser host draws the same one in the page. */}
      {info?.host === 'browser' && <MenuBar store={store} />}
      {project ? (
        <>
          <TopBar screens={SCREENS.map((s) => s.id)} />
          <ScreenErrorBoundary resetKey={screen} title={t('errors.screen')} retryLabel={t('errors.retry')}>
            <Current />
          </ScreenErrorBoundary>
        </>
      ) : (
        <Welcome />
      )}
      <Notices />
      <MenuDialogs />
      {pendingClose && project && (
        <ConfirmDialog
          title={t('confirm.unsavedTitle')}
          choices={[
            {
              label: t('actions.save'),
              testId: 'confirm-save',
              primary: true,
              onChoose: () =>
                void save().then(() => {
                  if (!store.getState().project?.dirty) void closeProject(false);
                  else cancelClose();
                }),
            },
            {
              label: t('actions.discard'),
              testId: 'confirm-discard',
              destructive: true,
              onChoose: () => void closeProject(true),
            },
            { label: t('actions.cancel'), testId: 'confirm-cancel', onChoose: cancelClose },
          ]}
        >
          {t('confirm.unsavedBody', { name: project.doc.project.name })}
        </ConfirmDialog>
      )}
    </div>
  );
}
