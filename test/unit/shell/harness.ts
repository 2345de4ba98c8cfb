/**
 * Starts the real shell over the fake Electron API and, when asked, a real page: the
 * renderer's own store, talking to the shell through the fake IPC and its pushed events,
 * exactly as the preload bridge carries them.
 */
import path from 'node:path';
import { vi } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import { buildApi, ipcChannel, type ApiResult, type GapboardTransport } from '../../../shared/contract.js';
import { createCore } from '../../../main/core/app/core-factory.js';
import { createMemoryPrefs, type KeyValueBackend } from '../../../main/core/app/prefs.js';
import { startShell, type Shell } from '../../../main/shell.js';
import { createAppStore } from '../../../renderer/src/store/create-app-store.js';
import { bridgeEvents } from '../../../renderer/src/store/events-bridge.js';
import type { AppStore } from '../../../renderer/src/store/types.js';
import { FIXED_NOW } from '../../helpers/temp.js';
import { createFakeElectron, type FakeElectron, type FakeOptions, type FakeWindow } from './fake-electron.js';

export const APP_FRAME = { url: 'app://gapboard/index.html', parent: null };

/** Settings files that outlive one launch, as the user-data folder does. */
export type Stores = Map<string, KeyValueBackend>;

export function memoryStores(): Stores {
  return new Map();
}

function storeIn(stores: Stores, name: string): KeyValueBackend {
  let backend = stores.get(name);
  if (!backend) {
    const values: Record<string, unknown> = {};
    backend = {
      store: values,
      set: (patch) => void Object.assign(values, patch),
    };
    stores.set(name, backend);
  }
  return backend;
}

export interface LaunchOptions extends FakeOptions {
  /** Command-line arguments after the executable. */
  args?: string[];
  cwd?: string;
  platform?: string;
  stores?: Stores;
  dataDir: string;
  /** Leave the app starting (not ready), to play events that arrive before. */
  notReady?: boolean;
}

export interface Launched {
  fake: FakeElectron;
  shell: Shell;
  win: () => FakeWindow;
}

export async function launch(opts: LaunchOptions): Promise<Launched> {
  const fake = createFakeElectron(opts);
  const stores = opts.stores ?? memoryStores();
  const shell = startShell(fake.electron, {
    argv: ['/opt/Gapboard/gapboard', ...(opts.args ?? ['--welcome'])],
    cwd: opts.cwd ?? opts.dataDir,
    env: { GAPBOARD_DATA_DIR: opts.dataDir },
    platform: opts.platform ?? 'linux',
    bundleDir: '/opt/Gapboard/resources/app.asar/out/main',
    openStore: (name) => storeIn(stores, name),
  });
  if (!shell) throw new Error('the shell did not start');
  if (!opts.notReady) {
    fake.makeReady();
    await shell.ready;
  }
  return {
    fake,
    shell,
    win: () => {
      const w = fake.windows[0];
      if (!w) throw new Error('no window');
      return w;
    },
  };
}

/** The renderer's store in the window, subscribed before the page reports it has loaded. */
export async function openPage(fake: FakeElectron, win: FakeWindow): Promise<StoreApi<AppStore>> {
  const contents = win.webContents;
  const transport: GapboardTransport = {
    invoke: (name, args) => fake.invoke(ipcChannel(name), args, APP_FRAME) as Promise<ApiResult<unknown>>,
    on(event, listener) {
      const l = (name: string, payload: unknown) => {
        if (name === event) listener(payload);
      };
      contents.pageListeners.add(l);
      return () => void contents.pageListeners.delete(l);
    },
  };
  const store = createAppStore(buildApi(transport));
  bridgeEvents(store);
  // The page closes its own window once the project is closed (`window.close()`).
  vi.stubGlobal('window', { close: () => win.close() });
  contents.finishLoad();
  await store.getState().boot();
  return store;
}

/** Resolves once the store's state satisfies `ok` — no timers, it waits on the store itself. */
export function until(store: StoreApi<AppStore>, ok: (s: AppStore) => boolean): Promise<void> {
  if (ok(store.getState())) return Promise.resolve();
  return new Promise((resolve) => {
    const off = store.subscribe((s) => {
      if (ok(s)) {
        off();
        resolve();
      }
    });
  });
}

/** A project file on disk, made by a core of its own (as another session of the app would). */
export async function makeProject(dir: string, name: string): Promise<string> {
  const { core } = createCore({ host: 'browser', dataDir: dir, prefs: createMemoryPrefs(), now: FIXED_NOW });
  const file = path.join(dir, `${name.toLowerCase()}.gapboard`);
  await core.create(file, name);
  await core.dispose();
  return file;
}
