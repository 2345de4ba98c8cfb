/**
 * The part of Electron's API the shell uses, as plain structural types. main/index.ts passes
 * the real `electron` module in; the unit tests pass a small in-memory fake, so the shell's
 * wiring (window, menu, close flow, IPC, open-file, single instance) runs without the binary.
 * Keep these a faithful subset of Electron's own declarations.
 */
import type { IpcMainLike } from './ipc-binding.js';

export interface PreventableEvent {
  preventDefault(): void;
}

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Electron's built-in menu behaviours the menu uses. */
export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'zoomIn'
  | 'zoomOut'
  | 'resetZoom'
  | 'togglefullscreen'
  | 'windowMenu';

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
  type?: 'normal' | 'separator' | 'submenu';
  accelerator?: string;
  enabled?: boolean;
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
