/**
 * The part of Electron's API the app uses, as plain structural types, described once. The
 * shell is written against it: main/index.ts passes the real `electron` module in, the unit
 * tests a small in-memory fake, so the wiring (window, menu, close flow, IPC, open-file,
 * single instance) runs without the binary. Where the optional `electron` package is not
 * installed, `types/electron-shim.d.ts` declares the module from these same types, so the
 * entry and the preload type-check too. Keep these a faithful subset of Electron's own
 * declarations. Types only: nothing here runs, so the preload may be typed from it.
 */
import type { MenuRole as SharedMenuRole } from '../shared/menu-model.js';

/** The IPC side of the main process, as the binding uses it (the conformance test fakes it). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, args: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface IpcEventLike {
  senderFrame: { url: string; parent: unknown } | null;
}

export interface PreventableEvent {
  preventDefault(): void;
}

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Electron's built-in menu behaviours the menu uses: the shared model's, and the desktop's own. */
export type MenuRole = SharedMenuRole | 'services' | 'hide' | 'hideOthers' | 'unhide' | 'quit' | 'windowMenu';

/**
 * Event subscription, typed loosely on purpose: Electron declares one overload per event, and
 * a structural type with a few of them would not accept its objects. Each listener states its
 * own argument types where it is written.
 */
interface Events {
  on(event: string, listener: (...args: never[]) => void): unknown;
}

/** One entry of a menu template, as `Menu.buildFromTemplate` takes it. */
export interface MenuItemSpec {
  label?: string;
  role?: MenuRole;
  type?: 'normal' | 'separator' | 'submenu' | 'radio';
  accelerator?: string;
  enabled?: boolean;
  checked?: boolean;
  click?: () => void;
  submenu?: MenuItemSpec[];
}

export interface WebContentsLike extends Events {
  send(channel: string, ...args: unknown[]): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  printToPDF(options: { printBackground?: boolean; preferCSSPageSize?: boolean }): Promise<Uint8Array>;
}

export interface WindowLike extends Events {
  readonly webContents: WebContentsLike;
  once(event: string, listener: (...args: never[]) => void): unknown;
  show(): void;
  focus(): void;
  close(): void;
  destroy(): void;
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  isMaximized(): boolean;
  maximize(): void;
  getNormalBounds(): Rectangle;
  loadURL(url: string): Promise<void>;
  setTitle(title: string): void;
  /** macOS only: the dot in the close button and the file's icon in the title bar. */
  setDocumentEdited(edited: boolean): void;
  setRepresentedFilename(filename: string): void;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface ElectronApi {
  app: Events & {
    getVersion(): string;
    getAppPath(): string;
    setPath(name: 'userData', value: string): void;
    getPath(name: 'userData'): string;
    requestSingleInstanceLock(): boolean;
    whenReady(): Promise<void>;
    quit(): void;
    addRecentDocument(path: string): void;
  };
  BrowserWindow: new (options: Record<string, unknown>) => WindowLike;
  Menu: {
    buildFromTemplate(template: MenuItemSpec[]): unknown;
    setApplicationMenu(menu: unknown): void;
  };
  dialog: {
    showOpenDialog(options: {
      properties: 'openFile'[];
      filters: FileFilter[];
    }): Promise<{ canceled: boolean; filePaths: string[] }>;
    showSaveDialog(options: {
      defaultPath?: string;
      filters: FileFilter[];
    }): Promise<{ canceled: boolean; filePath?: string }>;
    showMessageBox(options: {
      type: 'warning';
      buttons: string[];
      defaultId: number;
      cancelId: number;
      message: string;
      detail: string;
    }): Promise<{ response: number }>;
    showErrorBox(title: string, content: string): void;
  };
  ipcMain: IpcMainLike;
  protocol: {
    registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]): void;
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
  };
  net: { fetch(url: string): Promise<Response> };
  screen: { getAllDisplays(): { workArea: Rectangle }[] };
  session: {
    defaultSession: {
      setPermissionRequestHandler(
        handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void,
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

/** What the preload uses: the page gets a transport built on these, never these themselves. */
export interface PreloadElectronApi {
  ipcRenderer: {
    invoke(channel: string, ...args: unknown[]): Promise<never>;
    on(channel: string, listener: (event: unknown, ...args: never[]) => void): void;
    removeListener(channel: string, listener: (event: unknown, ...args: never[]) => void): void;
  };
  contextBridge: { exposeInMainWorld(key: string, api: unknown): void };
  webUtils: { getPathForFile(file: File): string };
}
