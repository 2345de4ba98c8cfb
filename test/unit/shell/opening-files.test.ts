/**
 * Every way a file reaches the running app: the command line, a second launch (single
 * instance), macOS `open-file` before and after start-up, Open Recent; and what follows an
 * open: the window title with its unsaved marker, the OS's recent documents, the menu.
 */
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startShell } from '../../../main/shell.js';
import { tempDir } from '../../helpers/temp.js';
import { createFakeElectron, findMenuItem, preventable } from './fake-electron.js';
import { launch, makeProject, openPage, until } from './harness.js';

afterEach(() => vi.unstubAllGlobals());

describe('single instance', () => {
  it('a second launch quits at once without a window, after pointing the lock at its data folder', () => {
    const fake = createFakeElectron({ lock: false });
    const shell = startShell(fake.electron, {
      argv: ['gapboard', 'other.gapboard'],
      cwd: '/tmp',
      env: { GAPBOARD_DATA_DIR: '/tmp/own-data' },
      platform: 'linux',
      bundleDir: '/app/out/main',
      openStore: () => ({ store: {}, set: () => undefined }),
    });
    expect(shell).toBeNull();
    expect(fake.state.quit).toBe(1);
    expect(fake.windows).toHaveLength(0);
    // The lock lives in the user-data folder, so the folder is chosen first.
    expect(fake.calls.slice(0, 2)).toEqual(['setPath', 'requestSingleInstanceLock']);
    expect(fake.state.schemes).toEqual([]);
  });

  it("the running app opens the second launch's file, resolved against that launch's folder", async () => {
    const dir = tempDir();
    const file = await makeProject(dir, 'Digits');
    const { fake, win } = await launch({ dataDir: dir });
    const store = await openPage(fake, win());
    win().minimized = true;
    fake.app.emit('second-instance', preventable(), ['/opt/Gapboard/gapboard', '--flag', 'digits.gapboard'], dir);
    expect(win().minimized).toBe(false);
    expect(win().focused).toBeGreaterThan(0);
    expect(win().webContents.events('app.openFile')).toEqual([{ path: file }]);
    // The page adopts it as it does any opened project: on its board.
    await until(store, (s) => s.project?.path === file && s.screen === 'board');
  });

  it('a second launch without a file only brings the window forward', async () => {
    const dir = tempDir();
    const { fake, win } = await launch({ dataDir: dir });
    fake.app.emit('second-instance', preventable(), ['/opt/Gapboard/gapboard'], dir);
    expect(win().focused).toBe(1);
    expect(win().webContents.events('app.openFile')).toEqual([]);
  });
});

describe('opening at start-up', () => {
  it('opens the file named on the command line before the window shows, and titles the window', async () => {
    const dir = tempDir();
    const file = await makeProject(dir, 'Digits');
    const { shell, win, fake } = await launch({ dataDir: dir, args: ['digits.gapboard'], cwd: dir });
    expect(shell.core.current?.file).toBe(file);
    expect(win().title).toBe('digits.gapboard — Gapboard');
    expect(fake.state.recentDocuments).toEqual([file]);
    expect(win().url).toBe('app://gapboard/index.html');
  });

  it('a broken file is handed to the page, which says what is wrong with it', async () => {
    const dir = tempDir();
    const missing = path.join(dir, 'missing.gapboard');
    const { fake, win, shell } = await launch({ dataDir: dir, args: [missing] });
    expect(shell.core.current).toBeNull();
    const store = await openPage(fake, win());
    await until(store, (s) => s.notices.length > 0);
    expect(store.getState().notices[0]?.message).toContain('missing.gapboard');
  });

  it('macOS open-file before the app is ready is opened at start-up', async () => {
    const dir = tempDir();
    const file = await makeProject(dir, 'Digits');
    const { fake, shell } = await launch({ dataDir: dir, notReady: true, platform: 'darwin' });
    const event = preventable();
    fake.app.emit('open-file', event, file);
    expect(event.defaultPrevented).toBe(true);
    fake.makeReady();
    await shell.ready;
    expect(shell.core.current?.file).toBe(file);
    const w = fake.windows[0]!;
    expect(w.representedFilename).toBe(file);
    expect(w.title).toBe('digits.gapboard — Gapboard');
  });

  it('macOS open-file while the page still loads waits for it, then the page opens the file', async () => {
    const dir = tempDir();
    const file = await makeProject(dir, 'Digits');
    const { fake, win } = await launch({ dataDir: dir, platform: 'darwin' });
    fake.app.emit('open-file', preventable(), file);
    expect(win().webContents.sent).toEqual([]);
    const store = await openPage(fake, win());
    await until(store, (s) => s.project?.path === file);
  });
});

describe('after a file is open', () => {
  it('the title carries an unsaved marker until the project is saved', async () => {
    const dir = tempDir();
    const file = await makeProject(dir, 'Digits');
    const { fake, win } = await launch({ dataDir: dir, args: [file] });
    const store = await openPage(fake, win());
    await store.getState().run((a) => a.project.update({ description: 'x' }));
    expect(win().title).toBe('● digits.gapboard — Gapboard');
    await store.getState().save();
    expect(win().title).toBe('digits.gapboard — Gapboard');
    await store.getState().closeProject(false);
    expect(win().title).toBe('Gapboard');
  });

  it('on macOS the close button shows unsaved changes instead of the title', async () => {
    const dir = tempDir();
    const file = await makeProject(dir, 'Digits');
    const { fake, win } = await launch({ dataDir: dir, args: [file], platform: 'darwin' });
    const store = await openPage(fake, win());
    await store.getState().run((a) => a.project.update({ description: 'x' }));
    expect(win().documentEdited).toBe(true);
    expect(win().title).toBe('digits.gapboard — Gapboard');
    await store.getState().save();
    expect(win().documentEdited).toBe(false);
  });

  it("Open Recent lists the app's recent projects and opens one through the page", async () => {
    const dir = tempDir();
    const first = await makeProject(dir, 'First');
    const second = await makeProject(dir, 'Second');
    const { fake, win } = await launch({ dataDir: dir, args: [first] });
    const store = await openPage(fake, win());
    await store.getState().openProject(second);
    await store.getState().closeProject(false);
    const recent = findMenuItem(fake.state.menu, 'Open Recent')?.submenu ?? [];
    expect(recent.map((i) => i.label)).toEqual([`second.gapboard — ${dir}`, `first.gapboard — ${dir}`]);
    expect(fake.state.recentDocuments).toEqual([first, second]);
    recent[1]!.click!();
    await until(store, (s) => s.project?.path === first);
  });

  it('a file opened over unsaved changes is refused with a message naming the file', async () => {
    const dir = tempDir();
    const first = await makeProject(dir, 'First');
    const second = await makeProject(dir, 'Second');
    const { fake, win } = await launch({ dataDir: dir, args: [first] });
    const store = await openPage(fake, win());
    await store.getState().run((a) => a.project.update({ description: 'x' }));
    fake.app.emit('second-instance', preventable(), ['gapboard', second], dir);
    await until(store, (s) => s.notices.length > 0);
    expect(store.getState().notices[0]?.message).toMatch(/first\.gapboard has unsaved changes/);
    expect(store.getState().project?.path).toBe(first);
  });
});
