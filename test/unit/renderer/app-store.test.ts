/**
 * The renderer's store over the real core, called in-process: each test builds its own store
 * from the factory, as the app does, so the flows a user relies on (open, edit, undo, save,
 * a file changed on disk, long work with progress, closing with unsaved changes) are checked
 * without a browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import {
  buildApi,
  type EventName,
  type EventPayloads,
  type GapboardTransport,
  type JobInfo,
  type MethodName,
} from '../../../shared/contract.js';
import { createCore } from '../../../main/core/app/core-factory.js';
import { createMemoryPrefs } from '../../../main/core/app/prefs.js';
import { createAppStore } from '../../../renderer/src/store/create-app-store.js';
import { bridgeEvents } from '../../../renderer/src/store/events-bridge.js';
import type { AppStore } from '../../../renderer/src/store/types.js';
import { FIXED_NOW, tempDir } from '../../helpers/temp.js';

/** A store wired to a fresh core the way a host wires it: calls in, events out. */
function storeOverCore(dir: string): StoreApi<AppStore> & { push: (event: EventName, payload: unknown) => void } {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const { dispatch } = createCore({
    host: 'browser',
    dataDir: dir,
    prefs: createMemoryPrefs(),
    now: FIXED_NOW,
    emit: <E extends EventName>(event: E, payload: EventPayloads[E]) =>
      listeners.get(event)?.forEach((l) => l(payload)),
  });
  const transport: GapboardTransport = {
    invoke: (name: MethodName, args: unknown) => dispatch(name, args),
    on(event, listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
      return () => listeners.get(event)!.delete(listener);
    },
  };
  const store = createAppStore(buildApi(transport));
  bridgeEvents(store);
  /** What the desktop shell does when its window is closed: push an event to the page. */
  const push = (event: EventName, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload));
  return Object.assign(store, { push });
}

async function withNewProject() {
  const dir = tempDir();
  const store = storeOverCore(dir);
  await store.getState().boot();
  const file = path.join(dir, 'digits.gapboard');
  await store.getState().createProject(file, 'Digits');
  return { dir, file, store, s: () => store.getState() };
}

const addRequirement = (store: StoreApi<AppStore>, target: number) =>
  store
    .getState()
    .run((api) => api.requirements.add({ title: 'acc', metric: 'accuracy', op: '>=', target, priority: 'must' }));

describe('the app store over the core', () => {
  it('boots with no project on the overview, then shows a created project and lists it as recent', async () => {
    const dir = tempDir();
    const store = storeOverCore(dir);
    await store.getState().boot();
    expect(store.getState()).toMatchObject({ booted: true, project: null, screen: 'overview' });
    const file = path.join(dir, 'a.gapboard');
    await store.getState().createProject(file, 'A');
    expect(store.getState().project?.doc.project.name).toBe('A');
    expect(store.getState().screen).toBe('overview');
    expect(store.getState().prefs?.recentProjects).toContain(file);
  });

  it('an edit marks the project dirty; undo and redo move through it; save clears dirty and writes it', async () => {
    const { file, store, s } = await withNewProject();
    const added = await addRequirement(store, 0.97);
    expect(added?.id).toBe('R-1');
    expect(s().project?.dirty).toBe(true);
    expect(s().project?.doc.requirements.map((r) => r.id)).toEqual(['R-1']);

    await s().undo();
    expect(s().project?.doc.requirements).toEqual([]);
    await s().redo();
    expect(s().project?.doc.requirements.map((r) => r.target)).toEqual([0.97]);

    await s().save();
    expect(s().project?.dirty).toBe(false);
    const onDisk = JSON.parse(fs.readFileSync(file, 'utf8')) as { requirements: { id: string }[] };
    expect(onDisk.requirements.map((r) => r.id)).toEqual(['R-1']);
    expect(s().notices).toEqual([]);
  });

  it('a file changed on disk is not overwritten: the save becomes a CONFLICT notice until the user forces it', async () => {
    const { file, store, s } = await withNewProject();
    await s().save();
    const theirs = fs.readFileSync(file, 'utf8').replace('"Digits"', '"Digits (edited elsewhere)"');
    fs.writeFileSync(file, theirs);
    await addRequirement(store, 0.9);
    await s().save();
    expect(s().notices.at(-1)).toMatchObject({ kind: 'error', code: 'CONFLICT' });
    expect(fs.readFileSync(file, 'utf8')).toBe(theirs);
    expect(s().project?.dirty).toBe(true);

    await s().save(true);
    expect(s().project?.dirty).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toContain('"R-1"');
  });

  it('a failed call shows the core error as a notice and keeps the open project', async () => {
    const { dir, s } = await withNewProject();
    await s().openProject(path.join(dir, 'missing.gapboard'));
    expect(s().notices.at(-1)).toMatchObject({ kind: 'error', code: 'NOT_FOUND' });
    expect(s().project?.doc.project.name).toBe('Digits');
    expect(s().busy).toBe(false);
    s().dismiss(s().notices.at(-1)!.id);
    expect(s().notices).toEqual([]);
  });

  it('the same failure twice while its notice shows is one notice; after dismissing, it shows again', async () => {
    const { dir, s } = await withNewProject();
    const missing = path.join(dir, 'missing.gapboard');
    await s().openProject(missing);
    await s().openProject(missing);
    expect(s().notices.map((n) => n.code)).toEqual(['NOT_FOUND']);
    await s().openProject(path.join(dir, 'other.gapboard'));
    expect(s().notices.map((n) => n.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    s().dismiss(s().notices[0]!.id);
    await s().openProject(missing);
    expect(s().notices.map((n) => n.message)).toEqual([
      expect.stringContaining('other.gapboard'),
      expect.stringContaining('missing.gapboard'),
    ]);
  });

  it('long work reports progress through pushed events until the job is done', async () => {
    const { dir, s } = await withNewProject();
    for (const [cls, n] of [
      ['cat', 3],
      ['dog', 2],
    ] as const) {
      fs.mkdirSync(path.join(dir, 'data', cls), { recursive: true });
      for (let i = 0; i < n; i++) fs.writeFileSync(path.join(dir, 'data', cls, `${i}.txt`), `${cls}${i}`);
    }
    const job = await s().run((api) => api.datasets.scan({ name: 'pets', source: 'data' }));
    expect(job?.kind).toBeTruthy();
    let info: JobInfo | undefined;
    for (let i = 0; i < 200; i++) {
      info = s().jobs[job!.id];
      if (info && info.status !== 'running') break;
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(info).toMatchObject({ id: job!.id, status: 'done', done: 5, total: 5 });
  });

  it('a failed job becomes an error notice naming the work', () => {
    const store = storeOverCore(tempDir());
    store.getState().jobUpdated({
      id: 'J-1',
      kind: 'scan',
      label: 'Scanning pets',
      status: 'failed',
      done: 0,
      total: 0,
      rate: 0,
      etaSeconds: null,
      error: 'the folder vanished',
      result: null,
    });
    expect(store.getState().notices.at(-1)).toMatchObject({
      kind: 'error',
      message: 'Scanning pets: the folder vanished',
    });
  });

  it('closing with unsaved changes asks first; closing without them does not', async () => {
    const { store, s } = await withNewProject();
    await addRequirement(store, 0.5);
    s().requestClose();
    expect(s().pendingClose).toBe(true);
    s().cancelClose();
    expect(s().pendingClose).toBe(false);
    expect(s().project).not.toBeNull();

    await s().save();
    s().requestClose();
    expect(s().pendingClose).toBe(false);
    await expect.poll(() => s().project).toBeNull();
  });
});

describe('closing the desktop window', () => {
  it('asks about unsaved changes, and closes the window once the project is closed', async () => {
    const { store, s } = await withNewProject();
    const close = vi.fn();
    vi.stubGlobal('window', { close });
    try {
      await addRequirement(store, 0.5);
      store.push('app.closeRequested', null);
      expect(s().pendingClose).toBe(true);
      expect(close).not.toHaveBeenCalled();
      await s().closeProject(true);
      expect(s().project).toBeNull();
      expect(close).toHaveBeenCalledOnce();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('Cancel keeps the window and the project; a later close from the page does not close the window', async () => {
    const { store, s } = await withNewProject();
    const close = vi.fn();
    vi.stubGlobal('window', { close });
    try {
      await addRequirement(store, 0.5);
      store.push('app.closeRequested', null);
      s().cancelClose();
      expect(s().project).not.toBeNull();
      s().requestClose();
      await s().closeProject(true);
      expect(close).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
