/**
 * The application menu: the shared menu model (the same commands the browser host's in-page
 * menu bar shows) drawn as Electron's native menu, with the items only a desktop app has —
 * Quit, and on macOS the app menu and the Window menu. Commands that need the page (Save
 * shows a conflict there, Undo depends on which field has focus) are sent to it as
 * `app.menuCommand`; clipboard, zoom and full screen use Electron's built-in roles.
 */
import path from 'node:path';
import type { MenuCommand, Prefs } from '../shared/contract.js';
import type { MenuLabels } from '../shared/menu-labels.js';
import { menuModel, recentLabel, type MenuEntry } from '../shared/menu-model.js';
import type { MenuItemSpec } from './electron-api.js';

export interface MenuState {
  platform: string;
  labels: MenuLabels;
  appName: string;
  /** Recent project files, newest first. */
  recent: readonly string[];
  hasProject: boolean;
  theme: Prefs['theme'];
}

export interface MenuActions {
  command(command: MenuCommand): void;
  openFile(path: string): void;
}

const separator: MenuItemSpec = { type: 'separator' };

function nativeItem(entry: MenuEntry, l: MenuLabels, actions: MenuActions): MenuItemSpec {
  switch (entry.type) {
    case 'separator':
      return separator;
    case 'recent':
      return { label: recentLabel(entry.path), click: () => actions.openFile(entry.path) };
    case 'submenu': {
      const items = entry.items.map((i) => nativeItem(i, l, actions));
      const empty = entry.label === 'openRecent' ? [{ label: l.noRecent, enabled: false }] : [];
      return { label: l[entry.label], submenu: items.length > 0 ? items : empty };
    }
    case 'command': {
      const spec: MenuItemSpec = {
        label: l[entry.label],
        ...(entry.accelerator ? { accelerator: entry.accelerator } : {}),
        enabled: entry.enabled,
      };
      if (entry.role) return { ...spec, role: entry.role };
      if (entry.checked !== undefined) spec.type = 'radio';
      if (entry.checked !== undefined) spec.checked = entry.checked;
      return { ...spec, click: () => actions.command(entry.command) };
    }
  }
}

export function menuTemplate(state: MenuState, actions: MenuActions): MenuItemSpec[] {
  const { labels: l, platform } = state;
  const mac = platform === 'darwin';
  const model = menuModel({
    host: 'electron',
    platform,
    hasProject: state.hasProject,
    recent: state.recent,
    theme: state.theme,
  });
  const top = Object.fromEntries(
    model.map((m) => [m.id, { label: l[m.label], submenu: m.items.map((i) => nativeItem(i, l, actions)) }]),
  ) as Record<(typeof model)[number]['id'], MenuItemSpec & { submenu: MenuItemSpec[] }>;

  const about = top.help.submenu.at(-1)!;
  const appMenu: MenuItemSpec = {
    label: state.appName,
    submenu: [
      about,
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
  if (!mac) top.file.submenu.push(separator, { role: 'quit', label: l.quit, accelerator: 'Ctrl+Q' });
  // macOS keeps About in the app menu, where its users look for it.
  if (mac) top.help.submenu.splice(-2, 2);
  return [
    ...(mac ? [appMenu] : []),
    top.file,
    top.edit,
    top.view,
    ...(mac ? [{ label: l.window, role: 'windowMenu' as const }] : []),
    top.help,
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
