/**
 * What the core asks of the desktop: native file dialogs and printing to PDF with Chromium's
 * engine. Built over the Electron API it is given, so tests can hand in a fake.
 */
import type { CoreDeps } from './core/app/create-core.js';
import type { ElectronApi } from './electron-api.js';

const PROJECT_FILTERS = [{ name: 'Gapboard project', extensions: ['gapboard'] }];

export function pickPathWith(dialog: ElectronApi['dialog']): NonNullable<CoreDeps['pickPath']> {
  return async (kind, defaultName) => {
    if (kind === 'open') {
      const r = await dialog.showOpenDialog({ properties: ['openFile'], filters: PROJECT_FILTERS });
      return r.canceled ? null : (r.filePaths[0] ?? null);
    }
    const r = await dialog.showSaveDialog({ defaultPath: defaultName, filters: PROJECT_FILTERS });
    return r.canceled ? null : (r.filePath ?? null);
  };
}

export function printPdfWith(BrowserWindow: ElectronApi['BrowserWindow']): NonNullable<CoreDeps['printPdf']> {
  return async (html) => {
    // An offscreen window that never shows and runs no script: load the report, print, close.
    const printer = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, javascript: false },
    });
    try {
      await printer.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
      // The document's own @page rule sets the paper (A4, Letter, or a 16:9 slide).
      return Buffer.from(await printer.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true }));
    } finally {
      printer.destroy();
    }
  };
}
