import type { BoardSlice } from './board-slice';
import type { MenuSlice } from './menu-slice';
import type { AppInfo, GapboardApi, JobInfo, Prefs, ProjectView } from '../../../shared/contract';

export type Screen = 'board' | 'overview' | 'requirements' | 'data' | 'runs' | 'history' | 'qa' | 'present';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  code?: string;
  message: string;
}

export interface AppState {
  api: GapboardApi;
  info: AppInfo | null;
  prefs: Prefs | null;
  project: ProjectView | null;
  screen: Screen;
  busy: boolean;
  booted: boolean;
  notices: Notice[];
  /** Set when the user asked to close with unsaved changes; the dialog resolves it. */
  pendingClose: boolean;
  /** The close was asked for by the desktop window: once the project is closed, so is the window. */
  closeWindowAfter: boolean;
  /** The merge dialog is open (from the top bar or the desktop menu's File → Merge…). */
  merging: boolean;
  /** Long work in the core, by job id, as the last progress event told it. */
  jobs: Record<string, JobInfo>;
}

export interface AppActions {
  boot: () => Promise<void>;
  setScreen: (screen: Screen) => void;
  setProject: (view: ProjectView | null) => void;
  /** Runs an API call, showing its error as a notice instead of throwing. */
  run: <T>(work: (api: GapboardApi) => Promise<T>) => Promise<T | undefined>;
  /** With `template`, the new project's requirements come from that template (in the UI language). */
  createProject: (path: string, name: string, template?: string) => Promise<void>;
  openProject: (path: string) => Promise<void>;
  openSample: () => Promise<void>;
  save: (force?: boolean) => Promise<void>;
  reload: () => Promise<void>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  /** Closes the project, asking first when it has unsaved changes; `thenCloseWindow` for the window's close button. */
  requestClose: (opts?: { thenCloseWindow?: boolean }) => void;
  cancelClose: () => void;
  setMerging: (open: boolean) => void;
  closeProject: (discard: boolean) => Promise<void>;
  notify: (notice: Omit<Notice, 'id'>) => void;
  dismiss: (id: number) => void;
  jobUpdated: (info: JobInfo) => void;
  cancelJob: (id: string) => Promise<void>;
  /** Switches the UI language now and saves it in the app preferences for the next start. */
  setLanguage: (language: Prefs['language']) => Promise<void>;
  /** Saves the theme preference (light, dark, or the system's); the page follows `prefs.theme`. */
  setTheme: (theme: Prefs['theme']) => Promise<void>;
}

export type AppStore = AppState & AppActions & BoardSlice & MenuSlice;
