import { useEffect, useRef } from 'react';
import type { StoreApi } from 'zustand';
import type { MenuCommand } from '../../../../shared/contract';
import { matchesAccelerator, type MenuEntry, type MenuTop } from '../../../../shared/menu-model';
import { runMenuCommand } from '../../store/menu-commands';
import type { AppStore } from '../../store/types';

/**
 * Save, Undo and Redo have their shortcuts on both hosts already (they must not fire while
 * typing in a field); the browser's own keys do clipboard, zoom and full screen.
 */
const ELSEWHERE = new Set<MenuCommand>(['file.save', 'edit.undo', 'edit.redo']);

function commands(entries: readonly MenuEntry[]): (MenuEntry & { type: 'command' })[] {
  return entries.flatMap((e) => (e.type === 'command' ? [e] : e.type === 'submenu' ? commands(e.items) : []));
}

/** The menu's shortcuts in the browser host, where no native menu listens for them. */
export function useMenuAccelerators(store: StoreApi<AppStore>, model: MenuTop[], platform: string): void {
  const current = useRef(model);
  useEffect(() => {
    current.current = model;
  }, [model]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.isComposing || e.defaultPrevented) return;
      const hit = current.current
        .flatMap((m) => commands(m.items))
        .find(
          (c) =>
            c.accelerator && !c.role && !ELSEWHERE.has(c.command) && matchesAccelerator(c.accelerator, e, platform),
        );
      if (!hit) return;
      e.preventDefault();
      if (hit.enabled) runMenuCommand(store, hit.command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, platform]);
}
