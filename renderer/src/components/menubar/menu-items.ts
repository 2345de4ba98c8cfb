/**
 * The shared menu model flattened for the in-page menu bar: each menu becomes one list of
 * rows. A submenu (Open Recent, Theme) shows as a labelled group inside its menu, which keeps
 * the keyboard simple (up and down reach every item) and the commands the same as the
 * desktop's.
 */
import type { MenuCommand } from '../../../../shared/contract';
import type { MenuEntry } from '../../../../shared/menu-model';

export type MenuRow =
  | { kind: 'separator' }
  | { kind: 'heading'; label: string }
  | {
      kind: 'item';
      label: string;
      /** What activating it does: a command for the page, or a recent file to open. */
      action: { command: MenuCommand } | { open: string };
      accelerator?: string;
      enabled: boolean;
      checked?: boolean;
    };

export function menuRows(
  entries: readonly MenuEntry[],
  labelOf: (key: string) => string,
  recentOf: (path: string) => string,
): MenuRow[] {
  return entries.flatMap((e): MenuRow[] => {
    switch (e.type) {
      case 'separator':
        return [{ kind: 'separator' }];
      case 'recent':
        return [{ kind: 'item', label: recentOf(e.path), action: { open: e.path }, enabled: true }];
      case 'submenu': {
        const rows = menuRows(e.items, labelOf, recentOf);
        const empty: MenuRow[] =
          e.label === 'openRecent'
            ? [{ kind: 'item', label: labelOf('noRecent'), action: { open: '' }, enabled: false }]
            : [];
        return [{ kind: 'heading', label: labelOf(e.label) }, ...(rows.length > 0 ? rows : empty)];
      }
      case 'command':
        return [
          {
            kind: 'item',
            label: labelOf(e.label),
            action: { command: e.command },
            ...(e.accelerator ? { accelerator: e.accelerator } : {}),
            enabled: e.enabled,
            ...(e.checked !== undefined ? { checked: e.checked } : {}),
          },
        ];
    }
  });
}

/** The next enabled item from `from` in `step` direction, wrapping around; -1 when none. */
export function nextItem(rows: readonly MenuRow[], from: number, step: 1 | -1): number {
  const n = rows.length;
  for (let i = 1; i <= n; i++) {
    const at = (((from + step * i) % n) + n) % n;
    const row = rows[at]!;
    if (row.kind === 'item' && row.enabled) return at;
  }
  return -1;
}
