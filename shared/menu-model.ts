/**
 * The application's menu as data: every command with its label, shortcut and whether it can be
 * chosen now. The desktop shell turns it into Electron's native menu and the browser host's
 * page draws it as an in-page menu bar, so the two offer the same commands under the same
 * words and cannot drift apart. Items only a desktop process has (Quit, the macOS app and
 * Window menus) are added by the shell around this model.
 */
import type { MenuCommand, Prefs } from './contract.js';
import type { MenuLabels } from './menu-labels.js';

/** Electron's built-in behaviours some commands map to on the desktop (native clipboard, zoom). */
export type MenuRole = 'cut' | 'copy' | 'paste' | 'selectAll' | 'zoomIn' | 'zoomOut' | 'resetZoom' | 'togglefullscreen';

export type MenuHost = 'electron' | 'browser';

export type MenuEntry =
  | { type: 'separator' }
  | {
      type: 'command';
      command: MenuCommand;
      label: keyof MenuLabels;
      /** In Electron's accelerator syntax (`CmdOrCtrl+S`); see `acceleratorText` for display. */
      accelerator?: string;
      enabled: boolean;
      /** On the desktop, Electron's own role does the work (and the page is not asked). */
      role?: MenuRole;
      /** A choice among several (the theme): shown with a mark when it is the current one. */
      checked?: boolean;
    }
  | { type: 'recent'; path: string }
  | { type: 'submenu'; label: keyof MenuLabels; items: MenuEntry[] };

export interface MenuTop {
  id: 'file' | 'edit' | 'view' | 'help';
  label: keyof MenuLabels;
  items: MenuEntry[];
}

export interface MenuModelState {
  host: MenuHost;
  /** `process.platform` on the desktop, the same names in the page (`darwin`, `win32`, `linux`). */
  platform: string;
  hasProject: boolean;
  /** Recent project files, newest first. */
  recent: readonly string[];
  theme: Prefs['theme'];
}

/**
 * Shortcuts a browser keeps for itself (new window, close tab, reload): a page cannot take them
 * over, so the browser host's menu does not claim them.
 */
const BROWSER_RESERVED = new Set(['CmdOrCtrl+N', 'CmdOrCtrl+W', 'F5', 'Ctrl+Q']);

/**
 * Pasting from a menu needs clipboard access a web page is not given; in the browser host the
 * keyboard's own paste is the way, so the item is left out there.
 */
const DESKTOP_ONLY = new Set<MenuCommand>(['edit.paste']);

const separator: MenuEntry = { type: 'separator' };

export function menuModel(state: MenuModelState): MenuTop[] {
  const mac = state.platform === 'darwin';
  const browser = state.host === 'browser';
  const cmd = (
    command: MenuCommand,
    label: keyof MenuLabels,
    accelerator?: string,
    extra: { enabled?: boolean; role?: MenuRole; checked?: boolean } = {},
  ): MenuEntry[] => {
    if (browser && DESKTOP_ONLY.has(command)) return [];
    const shown = accelerator && !(browser && BROWSER_RESERVED.has(accelerator)) ? accelerator : undefined;
    return [
      {
        type: 'command',
        command,
        label,
        ...(shown ? { accelerator: shown } : {}),
        enabled: extra.enabled ?? true,
        ...(extra.role ? { role: extra.role } : {}),
        ...(extra.checked !== undefined ? { checked: extra.checked } : {}),
      },
    ];
  };
  const project = { enabled: state.hasProject };
  const recent: MenuEntry[] = state.recent.map((path) => ({ type: 'recent', path }));
  const theme = (value: Prefs['theme'], command: MenuCommand, label: keyof MenuLabels) =>
    cmd(command, label, undefined, { checked: state.theme === value });

  return [
    {
      id: 'file',
      label: 'file',
      items: [
        ...cmd('file.new', 'new', 'CmdOrCtrl+N'),
        ...cmd('file.open', 'open', 'CmdOrCtrl+O'),
        { type: 'submenu', label: 'openRecent', items: recent },
        separator,
        ...cmd('file.save', 'save', 'CmdOrCtrl+S', project),
        ...cmd('file.saveAs', 'saveAs', 'Shift+CmdOrCtrl+S', project),
        ...cmd('file.export', 'export', 'CmdOrCtrl+E', project),
        ...cmd('file.merge', 'merge', undefined, project),
        separator,
        ...cmd('file.close', 'close', 'CmdOrCtrl+W', project),
      ],
    },
    {
      id: 'edit',
      label: 'edit',
      items: [
        // Always enabled: with a text field focused they undo typing, which the page decides.
        ...cmd('edit.undo', 'undo', 'CmdOrCtrl+Z'),
        ...cmd('edit.redo', 'redo', mac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
        separator,
        ...cmd('edit.cut', 'cut', 'CmdOrCtrl+X', { role: 'cut' }),
        ...cmd('edit.copy', 'copy', 'CmdOrCtrl+C', { role: 'copy' }),
        ...cmd('edit.paste', 'paste', 'CmdOrCtrl+V', { role: 'paste' }),
        ...cmd('edit.selectAll', 'selectAll', 'CmdOrCtrl+A', { role: 'selectAll' }),
      ],
    },
    {
      id: 'view',
      label: 'view',
      items: [
        ...cmd('view.zoomIn', 'zoomIn', 'CmdOrCtrl+Plus', { role: 'zoomIn' }),
        ...cmd('view.zoomOut', 'zoomOut', 'CmdOrCtrl+-', { role: 'zoomOut' }),
        ...cmd('view.resetZoom', 'resetZoom', 'CmdOrCtrl+0', { role: 'resetZoom' }),
        separator,
        {
          type: 'submenu',
          label: 'theme',
          items: [
            ...theme('system', 'view.theme.system', 'themeSystem'),
            ...theme('light', 'view.theme.light', 'themeLight'),
            ...theme('dark', 'view.theme.dark', 'themeDark'),
          ],
        },
        ...cmd('view.fullScreen', 'fullScreen', mac ? 'Ctrl+Cmd+F' : 'F11', { role: 'togglefullscreen' }),
        ...cmd('view.present', 'present', 'F5', project),
      ],
    },
    {
      id: 'help',
      label: 'help',
      items: [...cmd('help.guide', 'guide', 'F1'), separator, ...cmd('help.about', 'about')],
    },
  ];
}

/** A recent file as the menus name it: the file, then the folder it is in. */
export function recentLabel(file: string): string {
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return cut < 0 ? file : `${file.slice(cut + 1)} — ${file.slice(0, cut) || file.slice(0, 1)}`;
}

/** How a shortcut is written on the platform: `⇧⌘S` on macOS, `Ctrl+Shift+S` elsewhere. */
export function acceleratorText(accelerator: string, platform: string): string {
  const mac = platform === 'darwin';
  // Electron writes the plus key as `Plus`, so `+` only ever separates.
  const keys = accelerator.split('+');
  const key = keys.pop() ?? '';
  const mods = new Set(keys.map((m) => (m === 'CmdOrCtrl' ? (mac ? 'Cmd' : 'Ctrl') : m)));
  const name = key === 'Plus' ? '+' : key;
  if (mac) {
    const symbols: [string, string][] = [
      ['Ctrl', '⌃'],
      ['Alt', '⌥'],
      ['Shift', '⇧'],
      ['Cmd', '⌘'],
    ];
    return symbols.flatMap(([m, s]) => (mods.has(m) ? [s] : [])).join('') + name;
  }
  return [...['Ctrl', 'Alt', 'Shift'].filter((m) => mods.has(m)), name].join('+');
}

/** Whether a key press is the given shortcut (for the browser host, which has no native menu). */
export function matchesAccelerator(
  accelerator: string,
  e: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean },
  platform: string,
): boolean {
  const mac = platform === 'darwin';
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const want = { ctrl: false, meta: false, shift: false, alt: false };
  for (const m of parts) {
    if (m === 'CmdOrCtrl') want[mac ? 'meta' : 'ctrl'] = true;
    else if (m === 'Cmd') want.meta = true;
    else if (m === 'Ctrl') want.ctrl = true;
    else if (m === 'Shift') want.shift = true;
    else if (m === 'Alt') want.alt = true;
  }
  if (e.ctrlKey !== want.ctrl || e.metaKey !== want.meta || e.altKey !== want.alt) return false;
  if (e.shiftKey !== want.shift) return false;
  return e.key.toLowerCase() === key.toLowerCase();
}
