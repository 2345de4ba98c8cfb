/**
 * The shell's security wiring and its remembered window, over the fake Electron API: each rule
 * in main/security.ts is attached to the event it guards, and the window comes back where the
 * user left it (when that place is still on a screen).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/security.js';
import { ipcChannel } from '../../../shared/contract.js';
import { tempDir } from '../../helpers/temp.js';
import { preventable } from './fake-electron.js';
import { APP_FRAME, launch, memoryStores } from './harness.js';

describe('security wiring', () => {
  it('answers IPC from the app page and refuses it from frames and foreign pages', async () => {
    const { fake } = await launch({ dataDir: tempDir() });
    const info = ipcChannel('app.info');
    expect(await fake.invoke(info, {}, APP_FRAME)).toMatchObject({ ok: true, value: { host: 'electron' } });
    for (const frame of [
      { url: 'app://gapboard/index.html', parent: {} },
      { url: 'https://example.com/', parent: null },
      null,
    ]) {
      expect(await fake.invoke(info, {}, frame)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('keeps the window on the app: no navigation away, no new windows, no webviews, no permissions', async () => {
    const { fake, win } = await launch({ dataDir: tempDir() });
    const contents = win().webContents;
    const away = preventable();
    contents.emit('will-navigate', away, 'https://example.com/');
    expect(away.defaultPrevented).toBe(true);
    const home = preventable();
    contents.emit('will-navigate', home, 'app://gapboard/index.html');
    expect(home.defaultPrevented).toBe(false);
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const webview = preventable();
    fake.app.emit('web-contents-created', {}, contents);
    contents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
    const granted: boolean[] = [];
    fake.state.permissionHandler?.({}, 'media', (g) => granted.push(g));
    expect(granted).toEqual([false]);
    let headers: Record<string, string | string[]> = {};
    fake.state.headersListener?.({ responseHeaders: { a: 'b' } }, (r) => (headers = r.responseHeaders));
    expect(headers).toEqual({ a: 'b', 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('opens the window sandboxed, with the bridge built beside the main bundle, and keeps its own title', async () => {
    const { win } = await launch({ dataDir: tempDir() });
    const prefs = win().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(prefs.preload).toBe(path.join('/opt/Gapboard/resources/app.asar/out', 'preload/index.cjs'));
    const titled = preventable();
    win().emit('page-title-updated', titled);
    expect(titled.defaultPrevented).toBe(true);
    win().emit('ready-to-show');
    expect(win().visible).toBe(true);
  });

  it('serves the page and the project files through app://, refusing paths that climb out', async () => {
    const { fake } = await launch({ dataDir: tempDir() });
    const handler = fake.state.protocolHandler!;
    const ok = await handler(new Request('app://gapboard/assets/index.js'));
    expect(ok.status).toBe(200);
    expect(fake.state.fetched).toEqual(['file:///opt/Gapboard/resources/app.asar/out/renderer/assets/index.js']);
    for (const url of [
      'app://gapboard/..%2F..%2Fetc%2Fpasswd',
      'app://gapboard/files/a.png',
      'app://gapboard/%E0%A4%A',
    ]) {
      expect((await handler(new Request(url))).status).toBe(403);
    }
    expect(fake.state.schemes).toEqual(['app']);
  });
});

describe('window size and place', () => {
  it('are saved on close and restored at the next launch', async () => {
    const stores = memoryStores();
    const dir = tempDir();
    const first = await launch({ dataDir: dir, stores });
    first.win().bounds = { x: 200, y: 120, width: 1000, height: 700 };
    first.win().maximized = true;
    first.win().close();
    const second = await launch({ dataDir: dir, stores });
    expect(second.win().options).toMatchObject({ x: 200, y: 120, width: 1000, height: 700 });
    second.win().emit('ready-to-show');
    expect(second.win().maximized).toBe(true);
  });

  it('fall back to the default size when the saved place is on a screen no longer attached', async () => {
    const stores = memoryStores();
    const dir = tempDir();
    const first = await launch({ dataDir: dir, stores, displays: [{ x: 0, y: 0, width: 3840, height: 1080 }] });
    first.win().bounds = { x: 2400, y: 100, width: 1200, height: 800 };
    first.win().close();
    const second = await launch({ dataDir: dir, stores, displays: [{ x: 0, y: 0, width: 1920, height: 1080 }] });
    expect(second.win().options).toMatchObject({ width: 1280, height: 820 });
    expect(second.win().options.x).toBeUndefined();
  });
});
