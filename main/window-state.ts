/**
 * The window's size and position, remembered across launches in the app's preferences folder.
 * Saved bounds are used only when they still fit on a connected display: a window restored
 * onto a monitor that has since been unplugged would open out of reach.
 */
import type { Rectangle } from './electron-api.js';

export interface WindowState extends Rectangle {
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
/** Smaller than this and the screens stop fitting; the window's own minimum says the same. */
export const MIN_SIZE = { width: 900, height: 600 };

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The stored value, if it has the shape of a window state (the file may be old or hand-edited). */
export function readWindowState(stored: unknown): WindowState | null {
  if (!stored || typeof stored !== 'object') return null;
  const s = stored as Record<string, unknown>;
  if (!num(s.x) || !num(s.y) || !num(s.width) || !num(s.height)) return null;
  return { x: s.x, y: s.y, width: s.width, height: s.height, maximized: s.maximized === true };
}

/** How much of `a` lies inside `b`, as an area. */
function overlap(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The bounds to open the window with: the saved ones when at least half of the window's title
 * strip and body lie on one display (shrunk to fit that display), else the default size,
 * centred by the window manager.
 */
export function boundsToRestore(
  saved: WindowState | null,
  workAreas: readonly Rectangle[],
): { width: number; height: number; x?: number; y?: number; maximized: boolean } {
  if (!saved) return { ...DEFAULT_SIZE, maximized: false };
  const area = workAreas.find((wa) => overlap(saved, wa) >= (saved.width * saved.height) / 2);
  if (!area) return { ...DEFAULT_SIZE, maximized: saved.maximized };
  const width = Math.max(MIN_SIZE.width, Math.min(saved.width, area.width));
  const height = Math.max(MIN_SIZE.height, Math.min(saved.height, area.height));
  // Keep the title bar on the display so the window can always be dragged.
  const x = Math.min(Math.max(saved.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(saved.y, area.y), area.y + area.height - height);
  return { x, y, width, height, maximized: saved.maximized };
}

/** What to save when the window closes: its normal (unmaximized) bounds and whether it was maximized. */
export function captureWindowState(win: { getNormalBounds(): Rectangle; isMaximized(): boolean }): WindowState {
  const { x, y, width, height } = win.getNormalBounds();
  return { x, y, width, height, maximized: win.isMaximized() };
}
