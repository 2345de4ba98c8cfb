/**
 * The application menu: every command with the platform's usual shortcut, in the user's
 * language, and what choosing one does in the page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemSpec } from '../../../main/electron-api.js';
import { menuTemplate, windowTitle, type MenuState } from '../../../main/menu.js';
import { MENU_LABELS } from '../../../shared/menu-labels.js';
import { MENU_COMMANDS } from '../../../shared/contract.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../helpers/temp.js';
import { APP_FRAME, launch, makeProject, openPage, until } from './harness.js';
import { findMenuItem } from './fake-electron.js';
import { ipcChannel } from '../../../shared/contract.js';

afterEach(() => vi.unstubAllGlobals());

const state = (over: Partial<MenuState> = {}): MenuState => ({
  platform: 'linux',
  labels: MENU_LABELS.en,
  appName: 'Gapboard',
  recent: [],
  hasProject: true,
  theme: 'system',
  ...over,
});

function flatten(items: readonly MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((i) => [i, ...flatten(i.submenu ?? [])]);
}

/** label → accelerator of every item that has one. */
const accelerators = (items: MenuItemSpec[]): Record<string, string | undefined> =>
  Object.fromEntries<string>(
    flatten(items).flatMap((i): [string, string][] => (i.accelerator ? [[i.label ?? '', i.accelerator]] : [])),
  );

describe('menu template', () => {
  const noop = { command: () => undefined, openFile: () => undefined };

  it('has File, Edit, View and Help on Windows and Linux, with their usual shortcuts', () => {
    const menu = menuTemplate(state(), noop);
    expect(menu.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(accelerators(menu)).toEqual({
      'New Project': 'CmdOrCtrl+N',
      'Open…': 'CmdOrCtrl+O',
      Save: 'CmdOrCtrl+S',
      'Save As…': 'Shift+CmdOrCtrl+S',
      'Export…': 'CmdOrCtrl+E',
      'Close Project': 'CmdOrCtrl+W',
      Quit: 'Ctrl+Q',
      Undo: 'CmdOrCtrl+Z',
      Redo: 'Ctrl+Y',
      Cut: 'CmdOrCtrl+X',
      Copy: 'CmdOrCtrl+C',
      Paste: 'CmdOrCtrl+V',
      'Select All': 'CmdOrCtrl+A',
      'Zoom In': 'CmdOrCtrl+Plus',
      'Zoom Out': 'CmdOrCtrl+-',
      'Actual Size': 'CmdOrCtrl+0',
      'Toggle Full Screen': 'F11',
      Present: 'F5',
      'User Guide': 'F1',
    });
    const roles = flatten(menu).flatMap((i) => (i.role ? [i.role] : []));
    expect(roles).toEqual([
      'quit',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'togglefullscreen',
    ]);
    expect(findMenuItem(menu, 'Theme')?.submenu?.map((i) => [i.label, i.type, i.checked])).toEqual([
      ['Follow the System', 'radio', true],
      ['Light', 'radio', false],
      ['Dark', 'radio', false],
    ]);
  });

  it('on macOS starts with the app menu (About, Services, Hide, Quit) and a Window menu, and redoes with Shift+Cmd+Z', () => {
    const chosen: string[] = [];
    const menu = menuTemplate(state({ platform: 'darwin' }), {
      command: (c) => chosen.push(c),
      openFile: () => undefined,
    });
    expect(menu.map((m) => m.label)).toEqual(['Gapboard', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(menu[0]!.submenu![0]!.label).toBe('About Gapboard');
    menu[0]!.submenu![0]!.click!();
    expect(chosen).toEqual(['help.about']);
    expect(menu[5]!.submenu!.map((i) => i.label)).toEqual(['User Guide']);
    expect(accelerators(menu)['Toggle Full Screen']).toBe('Ctrl+Cmd+F');
    expect(menu[0]!.submenu!.flatMap((i) => (i.role ? [i.role] : []))).toEqual([
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
    expect(accelerators(menu).Redo).toBe('Shift+Cmd+Z');
    expect(accelerators(menu).Quit).toBeUndefined();
    expect(menu[4]!.role).toBe('windowMenu');
  });

  it('sends each page command when its item is chosen; clipboard, zoom and full screen stay native', () => {
    const chosen: string[] = [];
    const menu = menuTemplate(state(), { command: (c) => chosen.push(c), openFile: () => undefined });
    flatten(menu).forEach((i) => i.click?.());
    const native = ['edit.cut', 'edit.copy', 'edit.paste', 'edit.selectAll', 'view.zoomIn', 'view.zoomOut'];
    const expected = MENU_COMMANDS.filter((c) => ![...native, 'view.resetZoom', 'view.fullScreen'].includes(c));
    expect([...chosen].sort()).toEqual([...expected].sort());
  });

  it('greys out project commands while no project is open; Undo stays for text fields', () => {
    const menu = menuTemplate(state({ hasProject: false }), { command: () => undefined, openFile: () => undefined });
    const enabled = (label: string) => findMenuItem(menu, label)?.enabled;
    const projectOnly = ['Save', 'Save As…', 'Export…', 'Merge a Teammate’s Copy…', 'Close Project', 'Present'];
    expect(projectOnly.map(enabled)).toEqual(projectOnly.map(() => false));
    const always = ['New Project', 'Open…', 'Undo', 'Redo', 'User Guide', 'About Gapboard'];
    expect(always.map(enabled)).toEqual(always.map(() => true));
    expect(findMenuItem(menu, 'Open Recent')?.submenu).toEqual([{ label: 'No recent projects', enabled: false }]);
  });

  it('lists recent files by name and folder and opens the one chosen', () => {
    const opened: string[] = [];
    const menu = menuTemplate(state({ recent: ['/work/a/digits.gapboard', '/work/b/faces.gapboard'] }), {
      command: () => undefined,
      openFile: (f) => opened.push(f),
    });
    const items = findMenuItem(menu, 'Open Recent')!.submenu!;
    expect(items.map((i) => i.label)).toEqual(['digits.gapboard — /work/a', 'faces.gapboard — /work/b']);
    items[1]!.click!();
    expect(opened).toEqual(['/work/b/faces.gapboard']);
  });

  it('speaks Korean, with every English label translated', () => {
    const menu = menuTemplate(state({ labels: MENU_LABELS.ko }), {
      command: () => undefined,
      openFile: () => undefined,
    });
    expect(menu.map((m) => m.label)).toEqual(['파일', '편집', '보기', '도움말']);
    expect(findMenuItem(menu, '다른 이름으로 저장…')?.accelerator).toBe('Shift+CmdOrCtrl+S');
    expect(Object.keys(MENU_LABELS.ko)).toEqual(Object.keys(MENU_LABELS.en));
    const same = Object.keys(MENU_LABELS.en).filter(
      (k) => MENU_LABELS.ko[k as keyof typeof MENU_LABELS.ko] === MENU_LABELS.en[k as keyof typeof MENU_LABELS.en],
    );
    expect(same).toEqual([]);
  });
});

describe('window title', () => {
  it.each([
    [null, 'linux', 'Gapboard'],
    [{ path: '/w/digits.gapboard', dirty: false }, 'linux', 'digits.gapboard — Gapboard'],
    [{ path: '/w/digits.gapboard', dirty: true }, 'win32', '● digits.gapboard — Gapboard'],
    [{ path: '/w/digits.gapboard', dirty: true }, 'darwin', 'digits.gapboard — Gapboard'],
  ])('%j on %s reads %s', (project, platform, title) => {
    expect(windowTitle(project, 'Gapboard', platform)).toBe(title);
  });
});

describe('menu commands in the running app', () => {
  async function withProject() {
    const dir = tempDir();
    const file = await makeProject(dir, 'Digits');
    const app = await launch({ dataDir: dir, args: [file] });
    const store = await openPage(app.fake, app.win());
    const choose = (label: string) => findMenuItem(app.fake.state.menu, label)!.click!();
    return { ...app, store, file, choose, s: () => store.getState() };
  }

  it('Save saves through the page and clears the unsaved marker', async () => {
    const { s, store, choose, win } = await withProject();
    await s().run((a) => a.project.update({ description: 'x' }));
    choose('Save');
    expect(win().webContents.events('app.menuCommand')).toEqual(['file.save']);
    await until(store, (st) => st.project?.dirty === false);
    expect(win().title).toBe('digits.gapboard — Gapboard');
  });

  it('Undo and Redo undo and redo project edits when no text field has focus', async () => {
    const { s, store, choose } = await withProject();
    await s().run((a) => a.project.update({ description: 'x' }));
    choose('Undo');
    await until(store, (st) => st.project?.doc.project.description === '');
    choose('Redo');
    await until(store, (st) => st.project?.doc.project.description === 'x');
  });

  it('Present and Export go to the Present screen; Close Project asks over unsaved changes', async () => {
    const { s, choose } = await withProject();
    choose('Present');
    expect(s().screen).toBe('present');
    s().setScreen('board');
    choose('Export…');
    expect(s().screen).toBe('present');
    await s().run((a) => a.project.update({ description: 'x' }));
    choose('Close Project');
    expect(s().pendingClose).toBe(true);
    expect(s().closeWindowAfter).toBe(false);
  });

  it('File → Merge… opens the merge dialog, as the top bar button does', async () => {
    const { s, choose } = await withProject();
    expect(s().merging).toBe(false);
    choose('Merge a Teammate’s Copy…');
    expect(s().merging).toBe(true);
    s().setMerging(false);
    expect(s().merging).toBe(false);
  });

  it('Open… asks for a file with the native dialog and opens it', async () => {
    const { s, store, choose, fake, file } = await withProject();
    await s().closeProject(false);
    fake.state.openDialogAnswer = file;
    choose('Open…');
    await until(store, (st) => st.project?.path === file);
  });

  it('Save As… asks with the native save dialog and continues in the new file, the old one untouched', async () => {
    const { s, store, choose, fake, file, win } = await withProject();
    const before = readFileSync(file, 'utf8');
    await s().run((a) => a.project.update({ description: 'x' }));
    const copy = path.join(path.dirname(file), 'copy.gapboard');
    fake.state.saveDialogAnswer = copy;
    choose('Save As…');
    await until(store, (st) => st.project?.path === copy && !st.project.dirty);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(fake.state.recentDocuments.at(-1)).toBe(copy);
    expect(win().title).toBe('copy.gapboard — Gapboard');
  });

  it('View › Theme saves the choice, and the menu marks it; About opens the page’s About box', async () => {
    const { s, store, choose, fake } = await withProject();
    choose('Dark');
    await until(store, (st) => st.prefs?.theme === 'dark');
    await vi.waitFor(() => expect(findMenuItem(fake.state.menu, 'Dark')?.checked).toBe(true));
    expect(findMenuItem(fake.state.menu, 'Follow the System')?.checked).toBe(false);
    choose('About Gapboard');
    expect(s().menuDialog).toBe('about');
  });

  it('is redrawn in Korean when the page switches the language', async () => {
    const { fake } = await withProject();
    const result = await fake.invoke(ipcChannel('prefs.set'), { language: 'ko' }, APP_FRAME);
    expect(result).toMatchObject({ ok: true });
    expect(fake.state.menu!.map((m) => m.label)).toEqual(['파일', '편집', '보기', '도움말']);
  });
});

describe('New Project', () => {
  it('closes the open project (asking over unsaved changes) so the welcome form shows', async () => {
    const dir = tempDir();
    const file = await makeProject(dir, 'Digits');
    const { fake, win } = await launch({ dataDir: dir, args: [file] });
    const store = await openPage(fake, win());
    await store.getState().run((a) => a.project.update({ description: 'x' }));
    findMenuItem(fake.state.menu, 'New Project')!.click!();
    expect(store.getState().pendingClose).toBe(true);
    await store.getState().closeProject(true);
    expect(store.getState().project).toBeNull();
    expect(win().destroyed).toBe(false);
  });
});
