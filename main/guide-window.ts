/**
 * Help › User Guide on the desktop: the guide in a window of its own beside the app (the page
 * cannot open windows: its window.open is refused). One guide window at a time; it follows the
 * UI language each time it is asked for, and goes when the app window does.
 */
import type { Prefs } from '../shared/contract.js';
import type { ElectronApi, PreventableEvent, WindowLike } from './electron-api.js';
import { guideWindowOptions } from './window-options.js';

export const GUIDE_URL = 'app://gapboard/guide/';

export function createGuideWindows(electron: Pick<ElectronApi, 'BrowserWindow'>) {
  let guide: WindowLike | null = null;
  return {
    open(language: Prefs['language'], title: string): void {
      const url = `${GUIDE_URL}?lang=${language}`;
      if (guide && !guide.isDestroyed()) {
        void guide.loadURL(url);
        guide.focus();
        return;
      }
      const win = new electron.BrowserWindow(guideWindowOptions(title));
      guide = win;
      win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      // The guide's own anchors stay; anything else (a web link) is not followed inside the app.
      win.webContents.on('will-navigate', (event: PreventableEvent, to: string) => {
        if (!to.startsWith(GUIDE_URL)) event.preventDefault();
      });
      win.on('closed', () => {
        if (guide === win) guide = null;
      });
      void win.loadURL(url);
    },
    closeAll(): void {
      if (guide && !guide.isDestroyed()) guide.close();
      guide = null;
    },
  };
}
