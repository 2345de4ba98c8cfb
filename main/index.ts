/**
 * The Electron shell: one window, the custom `app://gapboard` protocol for the built UI, the
 * security rules, native dialogs, and the IPC binding. All behaviour lives in main/core.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, net, protocol, session } from 'electron';
import Store from 'electron-store';
import { EVENT_CHANNEL } from '../preload/contract.js';
import { createCore } from './core/app/core-factory.js';
import { prefsOver } from './core/app/prefs.js';
import { resolveInside } from './core/host/static-files.js';
import { bindIpc } from './ipc-binding.js';
import { isAppUrl, isTrustedSender, withCsp } from './security.js';
import { windowOptions } from './window-options.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const devServerUrl = process.env.ELECTRON_RENDERER_URL;

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// Tests and portable installs keep preferences in a folder of their choosing.
if (process.env.GAPBOARD_DATA_DIR) app.setPath('userData', process.env.GAPBOARD_DATA_DIR);

let win: BrowserWindow | null = null;
const store = new Store({ name: 'preferences' });
const { core, dispatch } = createCore({
  host: 'electron',
  version: app.getVersion(),
  dataDir: app.getPath('userData'),
  // The bundle lives in out/main; the sample ships at the app's root.
  sampleDir: path.join(app.getAppPath(), 'sample'),
  prefs: prefsOver(store),
  emit: (event, payload) => win?.webContents.send(EVENT_CHANNEL, event, payload),
  printPdf: async (html) => {
    // An offscreen window that never shows: load the self-contained report, print, close.
    // The document's own @page rule sets the paper (A4, Letter, or a 16:9 slide).
    const printer = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, javascript: false },
    });
    try {
      await printer.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
      return await printer.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true });
    } finally {
      printer.destroy();
    }
  },
  pickPath: async (kind, defaultName) => {
    const filters = [{ name: 'Gapboard project', extensions: ['gapboard'] }];
    if (kind === 'open') {
      const r = await dialog.showOpenDialog({ properties: ['openFile'], filters });
      return r.canceled ? null : (r.filePaths[0] ?? null);
    }
    const r = await dialog.showSaveDialog({ defaultPath: defaultName, filters });
    return r.canceled ? null : (r.filePath ?? null);
  },
});

function createWindow(): void {
  win = new BrowserWindow(windowOptions(path.join(here, '../preload/index.cjs')));
  win.once('ready-to-show', () => win?.show());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  win.on('close', (event) => {
    // The renderer asks about unsaved changes first; it closes the window itself after that.
    if (core.current?.dirty) {
      event.preventDefault();
      win?.webContents.send(EVENT_CHANNEL, 'app.closeRequested', null);
    }
  });
  void win.loadURL(devServerUrl ?? 'app://gapboard/index.html');
}

void app.whenReady().then(async () => {
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, callback) => callback(false));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withCsp(details.responseHeaders ?? {}) }),
  );
  protocol.handle('app', (request) => {
    const url = new URL(request.url);
    const rel = decodeURIComponent(url.pathname).replace(/^\//, '');
    // Project files (dataset images) live under /files/, relative to the open project's folder.
    const projectFolder = core.current?.folder;
    const file = rel.startsWith('files/')
      ? projectFolder
        ? resolveInside(projectFolder, rel.slice('files/'.length))
        : null
      : resolveInside(rendererDir, rel || 'index.html');
    if (!file) return new Response('Forbidden', { status: 403 });
    return net.fetch(pathToFileURL(file).toString());
  });
  bindIpc(ipcMain, dispatch, (event) => isTrustedSender(event.senderFrame, devServerUrl));
  const file = process.argv.find((arg) => arg.endsWith('.gapboard'));
  try {
    if (file) await core.open(file);
    // `--welcome` starts on the welcome screen (what the browser host does without --last).
    else if (!process.argv.includes('--welcome')) await core.openLastOrSample();
  } catch {
    /* the welcome screen shows instead */
  }
  createWindow();
});

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.on('window-all-closed', () => {
  void core.dispose().then(() => app.quit());
});
