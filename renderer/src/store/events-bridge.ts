/** The one place pushed events become store updates. */
import type { StoreApi } from 'zustand';
import type { AppStore } from './types';

export function bridgeEvents(store: StoreApi<AppStore>): () => void {
  const { api } = store.getState();
  const offs = [
    api.on('project.changed', (view) => store.getState().setProject(view)),
    api.on('job.progress', (info) => store.getState().jobUpdated(info)),
    api.on('app.closeRequested', () => store.getState().requestClose({ thenCloseWindow: true })),
  ];
  return () => offs.forEach((off) => off());
}
