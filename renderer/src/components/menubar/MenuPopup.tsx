import { useEffect, useRef, type KeyboardEvent } from 'react';
import { acceleratorText } from '../../../../shared/menu-model';
import type { MenuRow } from './menu-items';
import { nextItem } from './menu-items';

/** One open menu of the menu bar: its rows, the focused one, and the keys inside it. */
export function MenuPopup({
  id,
  rows,
  focused,
  platform,
  labelledBy,
  onFocusItem,
  onChoose,
  onClose,
  onSwitch,
}: {
  id: string;
  rows: MenuRow[];
  focused: number;
  platform: string;
  labelledBy: string;
  onFocusItem: (index: number) => void;
  onChoose: (row: MenuRow & { kind: 'item' }) => void;
  /** Escape closes this menu and returns to its title; Tab closes the bar. */
  onClose: (backToTitle: boolean) => void;
  /** Left and right open the neighbouring menu. */
  onSwitch: (step: 1 | -1) => void;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  useEffect(() => {
    refs.current[focused]?.focus();
  }, [focused]);

  const onKeyDown = (e: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => onFocusItem(nextItem(rows, focused, 1)),
      ArrowUp: () => onFocusItem(nextItem(rows, focused, -1)),
      Home: () => onFocusItem(nextItem(rows, -1, 1)),
      End: () => onFocusItem(nextItem(rows, rows.length, -1)),
      ArrowRight: () => onSwitch(1),
      ArrowLeft: () => onSwitch(-1),
      Escape: () => onClose(true),
      Tab: () => onClose(false),
    };
    const act = keys[e.key];
    if (!act) return;
    if (e.key !== 'Tab') e.preventDefault();
    e.stopPropagation();
    act();
  };

  return (
    <ul className="menubar-popup" role="menu" id={id} aria-labelledby={labelledBy} onKeyDown={onKeyDown}>
      {rows.map((row, i) => {
        if (row.kind === 'separator') return <li key={i} role="separator" className="menubar-separator" />;
        if (row.kind === 'heading') {
          return (
            <li key={i} role="presentation" className="menubar-heading">
              {row.label}
            </li>
          );
        }
        const shortcut = row.accelerator ? acceleratorText(row.accelerator, platform) : undefined;
        const testId = 'command' in row.action ? `menu-item-${row.action.command}` : `menu-recent-${i}`;
        return (
          <li key={i} role="none">
            <button
              ref={(el) => {
                refs.current[i] = el;
              }}
              type="button"
              role={row.checked !== undefined ? 'menuitemradio' : 'menuitem'}
              aria-checked={row.checked}
              aria-disabled={!row.enabled || undefined}
              aria-keyshortcuts={shortcut}
              tabIndex={i === focused ? 0 : -1}
              className="menubar-item"
              data-testid={testId}
              onMouseEnter={() => row.enabled && onFocusItem(i)}
              onClick={() => row.enabled && onChoose(row)}
            >
              <span className="menubar-check" aria-hidden="true">
                {row.checked ? '✓' : ''}
              </span>
              <span className="menubar-label">{row.label}</span>
              {shortcut && <kbd className="menubar-shortcut">{shortcut}</kbd>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
