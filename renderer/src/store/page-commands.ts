/**
 * The commands Electron's menu roles carry out natively (clipboard, zoom, full screen), done
 * by the page for the browser host's menu bar, which has no native menu to lean on.
 */
import type { MenuCommand } from '../../../shared/contract';

const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2];

/** The page's zoom, as a CSS zoom on the root (Chromium's own zoom cannot be set by a page). */
export function pageZoom(): number {
  return Number(document.documentElement.style.getPropertyValue('zoom') || 1);
}

function setZoom(zoom: number): void {
  if (zoom === 1) document.documentElement.style.removeProperty('zoom');
  else document.documentElement.style.setProperty('zoom', String(zoom));
}

function stepZoom(direction: 1 | -1): void {
  const now = pageZoom();
  const next =
    direction > 0 ? ZOOM_STEPS.find((z) => z > now + 1e-6) : [...ZOOM_STEPS].reverse().find((z) => z < now - 1e-6);
  if (next !== undefined) setZoom(next);
}

/** Carries out a role command in the page; false when `command` is not one of them. */
export function runPageCommand(command: MenuCommand): boolean {
  switch (command) {
    case 'edit.cut':
    case 'edit.copy':
    case 'edit.paste':
    case 'edit.selectAll':
      // Browsers still carry these out for a click on the page's own menu (a user gesture);
      // the Clipboard API would need a permission prompt for the same thing.
      document.execCommand(command.slice('edit.'.length));
      return true;
    case 'view.zoomIn':
      stepZoom(1);
      return true;
    case 'view.zoomOut':
      stepZoom(-1);
      return true;
    case 'view.resetZoom':
      setZoom(1);
      return true;
    case 'view.fullScreen':
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen().catch(() => undefined);
      return true;
    default:
      return false;
  }
}
