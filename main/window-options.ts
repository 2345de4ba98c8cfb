/**
 * BrowserWindow options in one pure function, so a test can assert them without Electron.
 * The page gets no Node, runs sandboxed and isolated, and reaches the core only through the
 * preload's `window.gapboard`.
 */
export interface WindowBounds {
  width: number;
  height: number;
  x?: number;
  y?: number;
}

export function windowOptions(preloadPath: string, bounds: WindowBounds = { width: 1280, height: 820 }) {
  return {
    ...bounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Gapboard',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  } as const;
}

/** The user guide's window: a document, so it runs no script and has no bridge to the core. */
export function guideWindowOptions(title: string) {
  return {
    width: 920,
    height: 820,
    minWidth: 480,
    minHeight: 400,
    title,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  } as const;
}
