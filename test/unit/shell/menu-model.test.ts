/**
 * The one menu model both menus are drawn from: the browser host offers the desktop's
 * commands under the same words, minus what a web page cannot do, and writes shortcuts the
 * way each platform does.
 */
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../shared/contract.js';
import {
  acceleratorText,
  matchesAccelerator,
  menuModel,
  recentLabel,
  type MenuEntry,
  type MenuModelState,
} from '../../../shared/menu-model.js';

const base: MenuModelState = { host: 'electron', platform: 'linux', hasProject: true, recent: [], theme: 'light' };

function commands(entries: readonly MenuEntry[]): (MenuEntry & { type: 'command' })[] {
  return entries.flatMap((e) => (e.type === 'command' ? [e] : e.type === 'submenu' ? commands(e.items) : []));
}
const all = (state: MenuModelState) => menuModel(state).flatMap((m) => commands(m.items));

describe('the menu model', () => {
  it('offers every menu command on the desktop, each once', () => {
    const listed = all(base).map((c) => c.command);
    expect([...listed].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('offers the same commands in the browser host, except Paste, which a page cannot do from a menu', () => {
    const desktop = all(base).map((c) => [c.command, c.label]);
    const browser = all({ ...base, host: 'browser' }).map((c) => [c.command, c.label]);
    expect(browser).toEqual(desktop.filter(([c]) => c !== 'edit.paste'));
  });

  it('leaves out in the browser the shortcuts the browser keeps (new window, close tab, reload)', () => {
    const shortcut = (state: MenuModelState) =>
      Object.fromEntries(all(state).map((c) => [c.command, c.accelerator ?? null]));
    const desktop = shortcut(base);
    const browser = shortcut({ ...base, host: 'browser' });
    expect([desktop['file.new'], desktop['file.close'], desktop['view.present']]).toEqual([
      'CmdOrCtrl+N',
      'CmdOrCtrl+W',
      'F5',
    ]);
    expect([browser['file.new'], browser['file.close'], browser['view.present']]).toEqual([null, null, null]);
    expect(browser['file.saveAs']).toBe('Shift+CmdOrCtrl+S');
  });

  it('marks the current theme and greys out project commands with no project', () => {
    const state = { ...base, hasProject: false, theme: 'dark' as const };
    const byCommand = Object.fromEntries(all(state).map((c) => [c.command, c]));
    expect(['view.theme.system', 'view.theme.light', 'view.theme.dark'].map((c) => byCommand[c]?.checked)).toEqual([
      false,
      false,
      true,
    ]);
    expect(byCommand['file.save']?.enabled).toBe(false);
    expect(byCommand['file.open']?.enabled).toBe(true);
  });

  it('lists recent files under Open Recent', () => {
    const file = menuModel({ ...base, recent: ['/w/a.gapboard'] })[0]!;
    const recent = file.items.find((e) => e.type === 'submenu' && e.label === 'openRecent');
    expect(recent).toEqual({
      type: 'submenu',
      label: 'openRecent',
      items: [{ type: 'recent', path: '/w/a.gapboard' }],
    });
  });
});

describe('shortcuts', () => {
  it.each([
    ['Shift+CmdOrCtrl+S', 'linux', 'Ctrl+Shift+S'],
    ['Shift+CmdOrCtrl+S', 'darwin', '⇧⌘S'],
    ['CmdOrCtrl+Plus', 'win32', 'Ctrl++'],
    ['CmdOrCtrl+-', 'darwin', '⌘-'],
    ['Ctrl+Cmd+F', 'darwin', '⌃⌘F'],
    ['F1', 'linux', 'F1'],
  ])('%s is written %s on %s as %s', (accelerator, platform, text) => {
    expect(acceleratorText(accelerator, platform)).toBe(text);
  });

  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });

  it.each([
    ['Shift+CmdOrCtrl+S', key('S', { ctrlKey: true, shiftKey: true }), 'linux', true],
    ['Shift+CmdOrCtrl+S', key('s', { ctrlKey: true }), 'linux', false],
    ['Shift+CmdOrCtrl+S', key('S', { metaKey: true, shiftKey: true }), 'darwin', true],
    ['Shift+CmdOrCtrl+S', key('S', { ctrlKey: true, shiftKey: true }), 'darwin', false],
    ['CmdOrCtrl+O', key('o', { ctrlKey: true, altKey: true }), 'linux', false],
    ['F1', key('F1'), 'linux', true],
    ['F1', key('F1', { shiftKey: true }), 'linux', false],
  ])('%s matches %j on %s: %s', (accelerator, event, platform, expected) => {
    expect(matchesAccelerator(accelerator, event, platform)).toBe(expected);
  });

  it('names a recent file by its name, then its folder, on any platform', () => {
    expect(recentLabel('/work/a/digits.gapboard')).toBe('digits.gapboard — /work/a');
    expect(recentLabel('C:\\Users\\kim\\faces.gapboard')).toBe('faces.gapboard — C:\\Users\\kim');
    expect(recentLabel('/top.gapboard')).toBe('top.gapboard — /');
  });
});
