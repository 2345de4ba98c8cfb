/**
 * App preferences (recent projects, language, theme, threads). Never in the project file.
 * Electron injects electron-store; the browser host and the CLI use `conf`, the library
 * electron-store wraps, so both keep the same keys in the same format.
 */
import Conf from 'conf';
import type { Prefs } from '../../../shared/contract.js';

export interface PrefsStore {
  get(): Prefs;
  set(patch: Partial<Prefs>): Prefs;
}

export const DEFAULT_PREFS: Prefs = { recentProjects: [], language: 'en', theme: 'system', threads: 0 };
const RECENT_LIMIT = 10;

/** Anything with electron-store's / conf's `store` property and `set(object)`. */
export interface KeyValueBackend {
  store: Record<string, unknown>;
  set(values: Record<string, unknown>): void;
}

export function prefsOver(backend: KeyValueBackend): PrefsStore {
  const get = (): Prefs => ({ ...DEFAULT_PREFS, ...(backend.store as Partial<Prefs>) });
  return {
    get,
    set(patch) {
      backend.set(patch);
      return get();
    },
  };
}

export function createConfPrefs(dataDir: string): PrefsStore {
  return prefsOver(
    new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'preferences', projectName: 'gapboard' }),
  );
}

/** In-memory preferences for tests and one-off CLI runs. */
export function createMemoryPrefs(initial: Partial<Prefs> = {}): PrefsStore {
  let store: Record<string, unknown> = { ...initial };
  return prefsOver({
    get store() {
      return store;
    },
    set(values) {
      store = { ...store, ...values };
    },
  });
}

export function withRecent(prefs: Prefs, file: string): Partial<Prefs> {
  return { recentProjects: [file, ...prefs.recentProjects.filter((p) => p !== file)].slice(0, RECENT_LIMIT) };
}
