/** Selectors, defined once at module level so components share them. */
import type { AppStore } from './types';

export const selectProject = (s: AppStore) => s.project;
export const selectDoc = (s: AppStore) => s.project?.doc ?? null;
export const selectRequirements = (s: AppStore) => s.project?.doc.requirements ?? EMPTY;
export const selectScreen = (s: AppStore) => s.screen;
export const selectBusy = (s: AppStore) => s.busy;
export const selectBooted = (s: AppStore) => s.booted;
export const selectNotices = (s: AppStore) => s.notices;
export const selectPrefs = (s: AppStore) => s.prefs;
export const selectInfo = (s: AppStore) => s.info;
export const selectPendingClose = (s: AppStore) => s.pendingClose;
export const selectMerging = (s: AppStore) => s.merging;
export const selectApi = (s: AppStore) => s.api;

export const selectJobs = (s: AppStore) => s.jobs;
/** A selector for one job; make it once per id with useMemo or at module level. */
export const selectJob = (id: string | null) => (s: AppStore) => (id ? (s.jobs[id] ?? null) : null);

const EMPTY: never[] = [];

// The board slice: loaded data remembers the project state it was computed for.
export const selectBoard = (s: AppStore) => s.board;
export const selectHistory = (s: AppStore) => s.history;
export const selectCatalog = (s: AppStore) => s.catalog;
export const selectSelection = (s: AppStore) => s.selection;

// The menu slice: the dialog a menu command opened.
export const selectMenuDialog = (s: AppStore) => s.menuDialog;
