/**
 * A small in-memory stand-in for the part of Electron the shell uses. It keeps what the shell
 * did (windows, menu, sent events, recent documents) and lets a test play the user and the OS:
 * close a window, click a menu item, launch a second instance, drop a file on the Dock icon.
 */
import { EVENT_CHANNEL } from '../../../shared/contract.js';
import type { ElectronApi, MenuItemSpec, PreventableEvent, Rectangle } from '../../../main/electron-api.js';

type Listener = (...args: never[]) => void;

class Emitter {
  private readonly listeners = new Map<string, { fn: Listener; once: boolean }[]>();
  on(event: string, fn: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), { fn, once: false }]);
    return this;
  }
  once(event: string, fn: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), { fn, once: true }]);
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    const list = this.listeners.get(event) ?? [];
    this.listeners.set(
      event,
      list.filter((l) => !l.once),
    );
    for (const l of list) (l.fn as (...a: unknown[]) => void)(...args);
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** An event whose default can be prevented, and that remembers whether it was. */
export function preventable(): PreventableEvent & { defaultPrevented: boolean } {
  const e = {
    defaultPrevented: false,
    preventDefault() {
      e.defaultPrevented = true;
    },
  };
  return e;
}

export class FakeWebContents extends Emitter {
  /** Every event the page was sent, as [event name, payload]. */
  readonly sent: [string, unknown][] = [];
  readonly pageListeners = new Set<(event: string, payload: unknown) => void>();
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(channel: string, event: string, payload: unknown): void {
    if (channel !== EVENT_CHANNEL) throw new Error(`unexpected channel ${channel}`);
    this.sent.push([event, payload]);
    this.pageListeners.forEach((l) => l(event, payload));
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
  async printToPDF(): Promise<Uint8Array> {
    return new Uint8Array([37, 80, 68, 70]);
  }
  /** The page's process crashed or was killed. */
  crash(): void {
    this.pageListeners.clear();
    this.emit('render-process-gone', {}, { reason: 'crashed' });
  }
  /** The page finished loading (its scripts ran and subscribed to events). */
  finishLoad(): void {
    this.emit('did-finish-load');
  }
  events(name: string): unknown[] {
    return this.sent.filter(([e]) => e === name).map(([, p]) => p);
  }
}

export class FakeWindow extends Emitter {
  readonly webContents = new FakeWebContents();
  title = '';
  url = '';
  visible = false;
  focused = 0;
  destroyed = false;
  minimized = false;
  maximized = false;
  documentEdited = false;
  representedFilename = '';
  bounds: Rectangle;
  constructor(
    readonly options: Record<string, unknown>,
    private readonly onGone: (w: FakeWindow) => void,
  ) {
    super();
    const o = options as Partial<Rectangle>;
    this.bounds = { x: o.x ?? 100, y: o.y ?? 100, width: o.width ?? 800, height: o.height ?? 600 };
  }
  /** What the user's click on the close button (or `window.close()` in the page) does. */
  close(): void {
    const e = preventable();
    this.emit('close', e);
    if (!e.defaultPrevented) this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
    this.onGone(this);
  }
  show = () => void (this.visible = true);
  focus = () => void this.focused++;
  isDestroyed = () => this.destroyed;
  isMinimized = () => this.minimized;
  restore = () => void (this.minimized = false);
  isMaximized = () => this.maximized;
  maximize = () => void (this.maximized = true);
  getNormalBounds = () => ({ ...this.bounds });
  setTitle = (title: string) => void (this.title = title);
  setDocumentEdited = (edited: boolean) => void (this.documentEdited = edited);
  setRepresentedFilename = (file: string) => void (this.representedFilename = file);
  async loadURL(url: string): Promise<void> {
    this.url = url;
  }
}

export interface FakeOptions {
  /** Whether this process gets the single-instance lock (false: another instance runs). */
  lock?: boolean;
  displays?: Rectangle[];
  userData?: string;
  appPath?: string;
}

export function createFakeElectron(opts: FakeOptions = {}) {
  const calls: string[] = [];
  const windows: FakeWindow[] = [];
  const ipcHandlers = new Map<string, (event: unknown, args: unknown) => Promise<unknown>>();
  let readyResolve: () => void = () => undefined;
  let quitResolve: () => void = () => undefined;
  const quitted = new Promise<void>((r) => (quitResolve = r));
  const readyPromise = new Promise<void>((r) => (readyResolve = r));
  let userData = opts.userData ?? '/nonexistent/user-data';
  const state = {
    quit: 0,
    recentDocuments: [] as string[],
    menu: null as MenuItemSpec[] | null,
    schemes: [] as string[],
    protocolHandler: null as ((request: Request) => Response | Promise<Response>) | null,
    permissionHandler: null as ((wc: unknown, p: string, cb: (granted: boolean) => void) => void) | null,
    headersListener: null as
      | ((
          details: { responseHeaders?: Record<string, string | string[]> },
          cb: (r: { responseHeaders: Record<string, string | string[]> }) => void,
        ) => void)
      | null,
    openDialogAnswer: null as string | null,
    saveDialogAnswer: null as string | null,
    /** The button the user will press in the next message box, and what each box asked. */
    messageBoxAnswer: 2,
    messageBoxes: [] as { buttons: string[]; message: string }[],
    errorBoxes: [] as string[],
    fetched: [] as string[],
  };

  const app = new (class extends Emitter {
    getVersion = () => '9.9.9';
    getAppPath = () => opts.appPath ?? '/nonexistent/app';
    setPath(_name: 'userData', value: string) {
      calls.push('setPath');
      userData = value;
    }
    getPath = () => userData;
    requestSingleInstanceLock() {
      calls.push('requestSingleInstanceLock');
      return opts.lock ?? true;
    }
    whenReady = () => readyPromise;
    quit = () => {
      state.quit++;
      quitResolve();
    };
    addRecentDocument = (file: string) => void state.recentDocuments.push(file);
  })();

  const gone = (w: FakeWindow) => {
    windows.splice(windows.indexOf(w), 1);
    if (windows.length === 0) app.emit('window-all-closed');
  };

  const electron: ElectronApi = {
    app,
    BrowserWindow: class extends FakeWindow {
      constructor(options: Record<string, unknown>) {
        super(options, gone);
        windows.push(this);
      }
    },
    Menu: {
      buildFromTemplate: (template: MenuItemSpec[]) => template,
      setApplicationMenu: (menu: unknown) => void (state.menu = menu as MenuItemSpec[]),
    },
    dialog: {
      showOpenDialog: async () =>
        state.openDialogAnswer
          ? { canceled: false, filePaths: [state.openDialogAnswer] }
          : { canceled: true, filePaths: [] },
      showSaveDialog: async () =>
        state.saveDialogAnswer ? { canceled: false, filePath: state.saveDialogAnswer } : { canceled: true },
      showMessageBox: async (options) => {
        state.messageBoxes.push({ buttons: options.buttons, message: options.message });
        return { response: state.messageBoxAnswer };
      },
      showErrorBox: (_title, content) => void state.errorBoxes.push(content),
    },
    ipcMain: {
      handle: (channel, listener) => void ipcHandlers.set(channel, listener as never),
      removeHandler: (channel) => void ipcHandlers.delete(channel),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes) => {
        calls.push('registerSchemesAsPrivileged');
        state.schemes.push(...schemes.map((s) => s.scheme));
      },
      handle: (_scheme, handler) => void (state.protocolHandler = handler),
    },
    net: {
      fetch: async (url: string) => {
        state.fetched.push(url);
        return new Response('ok');
      },
    },
    screen: {
      getAllDisplays: () =>
        (opts.displays ?? [{ x: 0, y: 0, width: 1920, height: 1080 }]).map((workArea) => ({ workArea })),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h) => void (state.permissionHandler = h),
        webRequest: { onHeadersReceived: (l) => void (state.headersListener = l) },
      },
    },
  };

  return {
    electron,
    app,
    state,
    calls,
    windows,
    ipcHandlers,
    /** Settles when the app quits. */
    quitted,
    /** The OS finished starting the app. */
    makeReady: () => readyResolve(),
    /** Calls a contract method as the page (or another frame) would over IPC. */
    invoke: (channel: string, args: unknown, frame: { url: string; parent: unknown } | null) => {
      const handler = ipcHandlers.get(channel);
      if (!handler) throw new Error(`no IPC handler for ${channel}`);
      return handler({ senderFrame: frame }, args);
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** The menu item with this label, searched through every submenu. */
export function findMenuItem(menu: readonly MenuItemSpec[] | null, label: string): MenuItemSpec | undefined {
  for (const item of menu ?? []) {
    if (item.label === label) return item;
    const inner = findMenuItem(item.submenu ?? [], label);
    if (inner) return inner;
  }
  return undefined;
}
