import { useEffect } from 'react';
import type { StoreApi } from 'zustand';
import { isComposing } from '../keyboard/ime';
import type { AppStore } from '../store/types';

/**
 * Ctrl/Cmd+S save, Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z or Ctrl+Y redo — not while typing, and
 * not while an input method is composing (the keys belong to it then).
 */
export function useShortcuts(store: StoreApi<AppStore>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (!mod || isComposing(e)) return;
      const state = store.getState();
      if (!state.project) return;
      const key = e.key.toLowerCase();
      const typing = (e.target as HTMLElement | null)?.closest('input, textarea, select');
      if (key === 's') {
        e.preventDefault();
        if (state.project.dirty && !state.project.readOnly) void state.save();
      } else if (!typing && key === 'z') {
        e.preventDefault();
        void (e.shiftKey ? state.redo() : state.undo());
      } else if (!typing && key === 'y') {
        e.preventDefault();
        void state.redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
