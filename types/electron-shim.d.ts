/**
 * The few Electron types the shell uses, for typechecking where the optional `electron`
 * package is not installed (it cannot be downloaded on every machine). Where it is installed
 * its own declarations are the reference; keep these a faithful subset.
 */
declare module 'electron' {
  interface WebContents {
    send(channel: string, ...args: unknown[]): void;
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' | 'allow' }): void;
    on(event: 'will-navigate', listener: (event: { preventDefault(): void }, url: string) => void): void;
    on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): void;
    on(event: 'did-finish-load' | 'did-start-loading', listener: () => void): void;
    printToPDF(options: Record<string, unknown>): Promise<Buffer>;
  }
  export class BrowserWindow {
    constructor(options: Record<string, unknown>);
    webContents: WebContents;
    once(event: 'ready-to-show', listener: () => void): void;
    on(event: 'close' | 'page-title-updated', listener: (event: { preventDefault(): void }) => void): void;
    on(event: 'closed', listener: () => void): void;
    show(): void;
    focus(): void;
    close(): void;
    destroy(): void;
    isDestroyed(): boolean;
    isMinimized(): boolean;
    restore(): void;
    isMaximized(): boolean;
    maximize(): void;
    getNormalBounds(): { x: number; y: number; width: number; height: number };
    loadURL(url: string): Promise<void>;
    setTitle(title: string): void;
    setDocumentEdited(edited: boolean): void;
    setRepresentedFilename(filename: string): void;
  }
  export const app: {
    getVersion(): string;
    getAppPath(): string;
    setPath(name: 'userData', value: string): void;
    getPath(name: 'userData' | 'temp' | 'home'): string;
    whenReady(): Promise<void>;
    quit(): void;
    requestSingleInstanceLock(): boolean;
    addRecentDocument(path: string): void;
    on(event: 'window-all-closed', listener: () => void): void;
    on(event: 'open-file', listener: (event: { preventDefault(): void }, path: string) => void): void;
    on(event: 'second-instance', listener: (event: unknown, argv: string[], workingDirectory: string) => void): void;
    on(event: 'web-contents-created', listener: (event: unknown, contents: WebContents) => void): void;
  };
  export const ipcMain: {
    handle(
      channel: string,
      listener: (event: { senderFrame: { url: string; parent: unknown } | null }, args: unknown) => Promise<unknown>,
    ): void;
    removeHandler(channel: string): void;
  };
  export const ipcRenderer: {
    invoke(channel: string, ...args: unknown[]): Promise<never>;
    on(channel: string, listener: (event: unknown, ...args: never[]) => void): void;
    removeListener(channel: string, listener: (event: unknown, ...args: never[]) => void): void;
  };
  export const webUtils: { getPathForFile(file: File): string };
  export const Menu: {
    buildFromTemplate(template: Record<string, unknown>[]): unknown;
    setApplicationMenu(menu: unknown): void;
  };
  export const screen: {
    getAllDisplays(): { workArea: { x: number; y: number; width: number; height: number } }[];
  };
  export const contextBridge: { exposeInMainWorld(key: string, api: unknown): void };
  export const dialog: {
    showOpenDialog(options: Record<string, unknown>): Promise<{ canceled: boolean; filePaths: string[] }>;
    showSaveDialog(options: Record<string, unknown>): Promise<{ canceled: boolean; filePath?: string }>;
    showMessageBox(options: Record<string, unknown>): Promise<{ response: number }>;
    showErrorBox(title: string, content: string): void;
  };
  export const protocol: {
    registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]): void;
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
  };
  export const net: { fetch(url: string): Promise<Response> };
  export const session: {
    defaultSession: {
      setPermissionRequestHandler(
        handler: (wc: unknown, permission: string, callback: (ok: boolean) => void) => void,
      ): void;
      webRequest: {
        onHeadersReceived(
          listener: (
            details: { responseHeaders?: Record<string, string | string[]> },
            callback: (response: { responseHeaders: Record<string, string | string[]> }) => void,
          ) => void,
        ): void;
      };
    };
  };
}
