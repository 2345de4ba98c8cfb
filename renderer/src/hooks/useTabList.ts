import type { KeyboardEvent } from 'react';
import { isComposing } from '../keyboard/ime';
import { nextTabIndex } from '../keyboard/tab-keys';

/**
 * A row of tabs that works from the keyboard like a desktop one: only the selected tab is in
 * the Tab order (a roving tabindex), and the arrow keys, Home and End select a neighbour and
 * move the focus to it. Spread `list` on the `role="tablist"` element and `tab(id)` on each tab.
 */
export function useTabList<T extends string>(ids: readonly T[], selected: T, onSelect: (id: T) => void) {
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (isComposing(e) || e.altKey || e.ctrlKey || e.metaKey) return;
    const to = nextTabIndex(e.key, ids.indexOf(selected), ids.length);
    if (to === null) return;
    e.preventDefault();
    onSelect(ids[to]!);
    e.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]')[to]?.focus();
  };
  return {
    list: { role: 'tablist' as const, onKeyDown },
    tab: (id: T) => ({
      role: 'tab' as const,
      'aria-selected': id === selected,
      tabIndex: id === selected ? 0 : -1,
      onClick: () => onSelect(id),
    }),
  };
}
