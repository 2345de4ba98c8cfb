/**
 * The one app window: created with the locked-down options, kept on the app's own pages, and
 * never closed over unsaved changes without the page asking first.
 */
import type { ElectronApi, PreventableEvent, WindowLike } from './electron-api.js';
import type { PageChannel } from './page-channel.js';
import { isAppUrl } from './security.js';
import { windowOptions, type WindowBounds } from './window-options.js';
import { captureWindowState, type WindowState } from './window-state.js';

export interface MainWindowOptions {
  preloadPath: string;
  url: string;
  devServerUrl?: string;
  bounds: WindowBounds & { maximized?: boolean };
  channel: PageChannel;
  /** Whether the open project has unsaved changes right now. */
  isDirty: () => boolean;
  /** Each time the window is about to close: remember its size and place. */
  saveState: (state: WindowState) => void;
  onClosed: () => void;
  /** Asks about unsaved changes without the page, when the page cannot (it crashed). */
  askNatively: () => void;
}

export function createMainWindow(electron: Pick<ElectronApi, 'BrowserWindow'>, opts: MainWindowOptions): WindowLike {
  const { maximized, ...bounds } = opts.bounds;
  const win = new electron.BrowserWindow(windowOptions(opts.preloadPath, bounds));
  opts.channel.attach(win.webContents);
  win.once('ready-to-show', () => {
    if (maximized) win.maximize();
    win.show();
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event: PreventableEvent, url: string) => {
    if (!isAppUrl(url, opts.devServerUrl)) event.preventDefault();
  });
  // The shell sets the title (file name, unsaved marker); the page's <title> must not replace it.
  win.on('page-title-updated', (event: PreventableEvent) => event.preventDefault());
  win.on('close', (event: PreventableEvent) => {
    opts.saveState(captureWindowState(win));
    if (!opts.isDirty()) return;
    // The page asks Save / Don't save / Cancel; once the project is closed it closes the window
    // again, and then nothing is unsaved.
    event.preventDefault();
    if (opts.channel.pageGone) opts.askNatively();
    else opts.channel.deliver('app.closeRequested', null);
  });
  win.on('closed', () => {
    opts.channel.detach();
    opts.onClosed();
  });
  void win.loadURL(opts.url);
  return win;
}
