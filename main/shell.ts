/**
 * The Electron shell, wired over the Electron API it is given: the single-instance lock, the
 * window, the menu, the close flow, the IPC binding and every way a file arrives (command
 * line, a second launch, macOS `open-file`, Open Recent). All behaviour lives in main/core;
 * main/index.ts passes the real `electron` module in, the unit tests a fake.
 */
import path from 'node:path';
import type { EventName, EventPayloads, MenuCommand, ProjectView } from '../shared/contract.js';
import type { Dispatch } from './core/api/router.js';
import { createCore } from './core/app/core-factory.js';
import type { GapboardCore } from './core/app/create-core.js';
import { prefsOver, type KeyValueBackend } from './core/app/prefs.js';
import { APP_HOME, APP_SCHEME, handleAppProtocol } from './app-protocol.js';
import type { ElectronApi, PreventableEvent, WebContentsLike, WindowLike } from './electron-api.js';
import { bindIpc } from './ipc-binding.js';
import { fileFromArgv, wantsWelcome } from './launch-args.js';
import { createGuideWindows } from './guide-window.js';
import { createMainWindow } from './main-window.js';
import { menuTemplate, windowTitle } from './menu.js';
import { MENU_LABELS } from '../shared/menu-labels.js';
import { pickPathWith, printPdfWith } from './native-services.js';
import { PageChannel } from './page-channel.js';
import { isTrustedSender, withCsp } from './security.js';
import { boundsToRestore, readWindowState } from './window-state.js';

const APP_NAME = 'Gapboard';

export interface ShellOptions {
  argv: readonly string[];
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  platform: string;
  /** The built main bundle's folder (out/main): the page and the bridge are built beside it. */
  bundleDir: string;
  /** A key-value file in the user-data folder (electron-store in the app). */
  openStore: (name: string) => KeyValueBackend;
}

export interface Shell {
  /** Settles once the app is ready and its window created. */
  ready: Promise<void>;
  core: GapboardCore;
  window: () => WindowLike | null;
}

/** Starts the app, or returns null when another instance runs (which gets this launch's file). */
export function startShell(electron: ElectronApi, opts: ShellOptions): Shell | null {
  const { app, Menu } = electron;
  // Tests and portable installs keep preferences in a folder of their choosing. The
  // single-instance lock lives in that folder too, so it must be set before asking for it.
  if (opts.env.GAPBOARD_DATA_DIR) app.setPath('userData', opts.env.GAPBOARD_DATA_DIR);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  electron.protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);

  const devServerUrl = opts.env.ELECTRON_RENDERER_URL;
  const mac = opts.platform === 'darwin';
  const channel = new PageChannel();
  const windowStore = opts.openStore('window-state');
  const guide = createGuideWindows(electron);
  let win: WindowLike | null = null;
  let ready = false;
  let pending: string | null = fileFromArgv(opts.argv, opts.cwd);
  let shownPath: string | null = null;

  const { core, dispatch } = createCore({
    host: 'electron',
    version: app.getVersion(),
    dataDir: app.getPath('userData'),
    // The bundle lives in out/main; the sample ships at the app's root.
    sampleDir: path.join(app.getAppPath(), 'sample'),
    prefs: prefsOver(opts.openStore('preferences')),
    emit: <E extends EventName>(event: E, payload: EventPayloads[E]) => {
      if (event === 'project.changed') projectChanged(payload as ProjectView | null);
      channel.send(event, payload);
    },
    printPdf: printPdfWith(electron.BrowserWindow),
    pickPath: pickPathWith(electron.dialog),
  });

  const refreshMenu = () => {
    const prefs = core.prefs.get();
    const template = menuTemplate(
      {
        platform: opts.platform,
        labels: MENU_LABELS[prefs.language] ?? MENU_LABELS.en,
        appName: APP_NAME,
        recent: prefs.recentProjects,
        hasProject: core.current !== null,
        theme: prefs.theme,
      },
      {
        command: (command: MenuCommand) => {
          // The guide opens in a window of its own, which only the shell can make.
          if (command === 'help.guide') {
            const language = core.prefs.get().language;
            guide.open(language, (MENU_LABELS[language] ?? MENU_LABELS.en).guide);
          } else channel.deliver('app.menuCommand', command);
        },
        openFile: (file) => openFile(file),
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  /** Title, the macOS document marks, the OS's recent list, and the menu follow the project. */
  function projectChanged(view: ProjectView | null): void {
    if (win && !win.isDestroyed()) {
      win.setTitle(windowTitle(view, APP_NAME, opts.platform));
      if (mac) {
        win.setDocumentEdited(Boolean(view?.dirty));
        win.setRepresentedFilename(view?.path ?? '');
      }
    }
    const current = view?.path ?? null;
    if (current === shownPath) return;
    shownPath = current;
    if (current) app.addRecentDocument(current);
    // Open Recent and the project commands change only when another file is opened or closed.
    if (ready) refreshMenu();
  }

  const showWindow = () => {
    if (!win || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  };

  /** Opening goes through the page, which refuses over unsaved changes and shows any error. */
  function openFile(file: string): void {
    if (!ready) {
      pending = file;
      return;
    }
    showWindow();
    channel.deliver('app.openFile', { path: file });
  }

  app.on('open-file', (event: PreventableEvent, file: string) => {
    // macOS: a double-click in the Finder or a drop on the Dock icon, also before the app is ready.
    event.preventDefault();
    openFile(file);
  });
  app.on('second-instance', (_event: unknown, argv: string[], workingDirectory: string) => {
    showWindow();
    const file = fileFromArgv(argv, workingDirectory);
    if (file) openFile(file);
  });
  app.on('web-contents-created', (_event: unknown, contents: WebContentsLike) => {
    contents.on('will-attach-webview', (event: PreventableEvent) => event.preventDefault());
  });
  // One window holds the one open project, so closing it ends the app on every platform.
  app.on('window-all-closed', () => {
    void core.dispose().finally(() => app.quit());
  });

  /**
   * Save / Don't Save / Cancel in a native dialog, for a window whose page crashed with unsaved
   * changes: the page cannot ask, and closing without asking would lose them.
   */
  async function askBeforeClosing(): Promise<void> {
    const session = core.current;
    if (!session) return;
    const l = MENU_LABELS[core.prefs.get().language] ?? MENU_LABELS.en;
    const { response } = await electron.dialog.showMessageBox({
      type: 'warning',
      buttons: [l.save, l.dontSave, l.cancel],
      defaultId: 0,
      cancelId: 2,
      message: l.unsavedTitle.replace('{name}', path.basename(session.file)),
      detail: l.unsavedDetail,
    });
    if (response === 2) return;
    try {
      if (response === 0) await session.save();
      await core.close(response === 1);
    } catch (err) {
      // A failed save (the file changed on disk, the disk is full) keeps the window and the changes.
      electron.dialog.showErrorBox(APP_NAME, (err as Error).message);
      return;
    }
    win?.close();
  }

  /** Calls from the page; a language change redraws the menu in that language. */
  const dispatchFromPage: Dispatch = async (name, args) => {
    const result = await dispatch(name, args);
    // The language and the theme show in the menu.
    if (name === 'prefs.set' && result.ok) refreshMenu();
    return result;
  };

  const whenReady = app.whenReady().then(async () => {
    const { defaultSession } = electron.session;
    defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    defaultSession.webRequest.onHeadersReceived((details, callback) =>
      callback({ responseHeaders: withCsp(details.responseHeaders ?? {}) }),
    );
    handleAppProtocol(
      electron,
      path.join(opts.bundleDir, '../renderer'),
      () => core.current?.folder ?? null,
      path.join(app.getAppPath(), 'docs'),
    );
    bindIpc(electron.ipcMain, dispatchFromPage, (event) => isTrustedSender(event.senderFrame, devServerUrl));

    const initial = pending;
    pending = null;
    try {
      if (initial) await core.open(initial);
      // `--welcome` starts on the welcome screen (what the browser host does without --last).
      else if (!wantsWelcome(opts.argv)) await core.openLastOrSample();
    } catch {
      // The page opens it again and shows what is wrong with the file; with none given, the
      // welcome screen shows instead.
      if (initial) channel.deliver('app.openFile', { path: initial });
    }
    ready = true;
    refreshMenu();
    const bounds = boundsToRestore(
      readWindowState(windowStore.store.bounds),
      electron.screen.getAllDisplays().map((d) => d.workArea),
    );
    win = createMainWindow(electron, {
      preloadPath: path.join(opts.bundleDir, '../preload/index.cjs'),
      url: devServerUrl ?? APP_HOME,
      devServerUrl,
      bounds,
      channel,
      isDirty: () => Boolean(core.current?.dirty),
      saveState: (state) => windowStore.set({ bounds: state }),
      onClosed: () => {
        win = null;
        guide.closeAll();
      },
      askNatively: () => void askBeforeClosing(),
    });
    projectChanged(core.view());
    // A file that arrived while the first one was opening.
    if (pending) openFile(pending);
    pending = null;
  });

  return { ready: whenReady, core, window: () => win };
}
