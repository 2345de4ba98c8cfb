/**
 * What the menu's commands open in the page: the About box and the Save As form (where no
 * native dialog exists), and the Save As and theme changes themselves.
 */
import type { StoreApi } from 'zustand';
import type { Prefs } from '../../../shared/contract';
import type { AppStore } from './types';

export type MenuDialog = 'about' | 'saveAs';

export interface MenuSlice {
  menuDialog: MenuDialog | null;
  setMenuDialog: (dialog: MenuDialog | null) => void;
  /** Saves the project as a new file and continues there; true when it was saved. */
  saveAs: (path: string) => Promise<boolean>;
  setTheme: (theme: Prefs['theme']) => Promise<void>;
}

type Set = StoreApi<AppStore>['setState'];
type Get = StoreApi<AppStore>['getState'];

export function createMenuSlice(set: Set, get: Get): MenuSlice {
  return {
    menuDialog: null,
    setMenuDialog: (menuDialog) => set({ menuDialog }),
    async saveAs(path) {
      const view = await get().run((a) => a.project.saveAs({ path }));
      if (!view) return false;
      set({ project: view, menuDialog: null });
      const prefs = await get().run((a) => a.prefs.get({}));
      if (prefs) set({ prefs });
      return true;
    },
    async setTheme(theme) {
      const prefs = await get().run((a) => a.prefs.set({ theme }));
      if (prefs) set({ prefs });
    },
  };
}
