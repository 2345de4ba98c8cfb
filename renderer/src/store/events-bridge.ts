/** The one place pushed events become store updates. */
import type { StoreApi } from 'zustand';
import { runMenuCommand } from './menu-commands';
import type { AppStore } from './types';

export function bridgeEvents(store: StoreApi<AppStore>): () => void {
  const { api } = store.getState();
  const offs = [
    api.on('project.changed', (view) => store.getState().setProject(view)),
    api.on('job.progress', (info) => store.getState().jobUpdated(info)),
    api.on('app.closeRequested', () => store.getState().requestClose({ thenCloseWindow: true })),
    api.on('app.menuCommand', (command) => runMenuCommand(store, command)),
    api.on('app.openFile', ({ path }) => void store.getState().openProject(path)),
  ];
  return () => offs.forEach((off) => off());
}
