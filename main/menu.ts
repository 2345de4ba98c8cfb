/**
 * The application menu as a pure function of the app's state, so a test can read every item,
 * accelerator and command without Electron. Commands that need the page (Save shows a
 * conflict there, Undo depends on which field has focus) are sent to it as `app.menuCommand`;
 * clipboard, zoom and full screen use Electron's built-in roles.
 */
import path from 'node:path';
import type { MenuCommand } from '../shared/contract.js';
import type { MenuItemSpec } from './electron-api.js';
import type { MenuLabels } from './menu-labels.js';

export interface MenuState {
  platform: string;
  labels: MenuLabels;
  appName: string;
  /** Recent project files, newest first. */
  recent: readonly string[];
  hasProject: boolean;
}

export interface MenuActions {
  command(command: MenuCommand): void;
  openFile(path: string): void;
}

const separator: MenuItemSpec = { type: 'separator' };

export function menuTemplate(state: MenuState, actions: MenuActions): MenuItemSpec[] {
  const { labels: l, platform } = state;
  const mac = platform === 'darwin';
  const cmd = (label: string, command: MenuCommand, accelerator?: string, enabled = true): MenuItemSpec => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    enabled,
    click: () => actions.command(command),
  });
  const recent: MenuItemSpec[] =
    state.recent.length > 0
      ? state.recent.map((file) => ({
          label: `${path.basename(file)} — ${path.dirname(file)}`,
          click: () => actions.openFile(file),
        }))
      : [{ label: l.noRecent, enabled: false }];

  const appMenu: MenuItemSpec = {
    label: state.appName,
    submenu: [
      { role: 'about', label: l.about },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit', label: l.quit },
    ],
  };
  const file: MenuItemSpec = {
    label: l.file,
    submenu: [
      cmd(l.new, 'file.new', 'CmdOrCtrl+N'),
      cmd(l.open, 'file.open', 'CmdOrCtrl+O'),
      { label: l.openRecent, submenu: recent },
      separator,
      cmd(l.save, 'file.save', 'CmdOrCtrl+S', state.hasProject),
      cmd(l.export, 'file.export', 'CmdOrCtrl+E', state.hasProject),
      cmd(l.merge, 'file.merge', undefined, state.hasProject),
      separator,
      cmd(l.close, 'file.close', 'CmdOrCtrl+W', state.hasProject),
      ...(mac ? [] : [separator, { role: 'quit' as const, label: l.quit, accelerator: 'Ctrl+Q' }]),
    ],
  };
  const edit: MenuItemSpec = {
    label: l.edit,
    submenu: [
      // Always enabled: with a text field focused they undo typing, which the page decides.
      cmd(l.undo, 'edit.undo', 'CmdOrCtrl+Z'),
      cmd(l.redo, 'edit.redo', mac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      separator,
      { role: 'cut', label: l.cut },
      { role: 'copy', label: l.copy },
      { role: 'paste', label: l.paste },
      { role: 'selectAll', label: l.selectAll },
    ],
  };
  const view: MenuItemSpec = {
    label: l.view,
    submenu: [
      { role: 'zoomIn', label: l.zoomIn },
      { role: 'zoomOut', label: l.zoomOut },
      { role: 'resetZoom', label: l.resetZoom },
      separator,
      { role: 'togglefullscreen', label: l.fullScreen },
      cmd(l.present, 'view.present', 'F5', state.hasProject),
      {
        label: l.theme,
        submenu: [
          cmd(l.themeSystem, 'view.themeSystem'),
          cmd(l.themeLight, 'view.themeLight'),
          cmd(l.themeDark, 'view.themeDark'),
        ],
      },
    ],
  };
  const help: MenuItemSpec = {
    label: l.help,
    submenu: mac ? [] : [{ role: 'about', label: l.about }],
  };
  return [
    ...(mac ? [appMenu] : []),
    file,
    edit,
    view,
    ...(mac ? [{ label: l.window, role: 'windowMenu' as const }] : []),
    ...(help.submenu!.length > 0 ? [help] : []),
  ];
}

/** The window title: the file's name, a dirty marker, and the app's name. */
export function windowTitle(
  project: { path: string; dirty: boolean } | null,
  appName: string,
  platform: string,
): string {
  if (!project) return appName;
  // macOS shows unsaved changes as a dot in the close button instead (setDocumentEdited).
  const marker = project.dirty && platform !== 'darwin' ? '● ' : '';
  return `${marker}${path.basename(project.path)} — ${appName}`;
}
