/**
 * The theme in use: the preference (light, dark or system) resolved against the system's
 * colour scheme, written to <html data-theme> where the colour tokens pick it up. Charts and
 * the heatmap compute colours in script, so they subscribe here to redraw on a change.
 */
import { useSyncExternalStore } from 'react';
import type { Prefs } from '../../../shared/contract';

export type ThemePref = Prefs['theme'];
export type ResolvedTheme = 'light' | 'dark';

/** "system" follows the operating system; an explicit choice wins over it. */
export function resolveTheme(pref: ThemePref | undefined, systemDark: boolean): ResolvedTheme {
  if (pref === 'light' || pref === 'dark') return pref;
  return systemDark ? 'dark' : 'light';
}

const listeners = new Set<() => void>();
let current: ResolvedTheme = 'light';
let pref: ThemePref = 'system';
let media: MediaQueryList | null = null;

function systemDark(): boolean {
  return media?.matches ?? false;
}

function apply(): void {
  const next = resolveTheme(pref, systemDark());
  document.documentElement.dataset.theme = next;
  if (next === current) return;
  current = next;
  for (const l of listeners) l();
}

/** Starts following the system's scheme (once) and applies the given preference. */
export function applyThemePref(next: ThemePref | undefined): void {
  if (!media && typeof window.matchMedia === 'function') {
    media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', apply);
  }
  pref = next ?? 'system';
  apply();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The theme on screen now; a component using it re-renders when it changes. */
export function useResolvedTheme(): ResolvedTheme {
  return useSyncExternalStore(subscribe, () => current);
}
