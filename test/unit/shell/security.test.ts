import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAppUrl, isTrustedSender, withCsp } from '../../../main/security.js';
import { resolveInside } from '../../../main/core/host/static-files.js';
import { windowOptions } from '../../../main/window-options.js';

describe('BrowserWindow web preferences', () => {
  const prefs = windowOptions('/app/preload/index.cjs').webPreferences;
  it('isolate the page from Node and Electron', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload/index.cjs',
    });
  });
});

describe('Content-Security-Policy', () => {
  const directives: Record<string, string[]> = Object.fromEntries(
    CONTENT_SECURITY_POLICY.split(';').map((d): [string, string[]] => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );
  it('allows only the app itself: no remote origins, no eval, no inline scripts', () => {
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
  it('is added to every response', () => {
    expect(withCsp({ a: 'b' })['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });
});

describe('navigation and senders', () => {
  it.each([
    ['app://gapboard/index.html', undefined, true],
    ['app://other/index.html', undefined, false],
    ['https://example.com/', undefined, false],
    ['file:///etc/passwd', undefined, false],
    ['http://localhost:5173/x', 'http://localhost:5173', true],
    ['http://localhost:5174/x', 'http://localhost:5173', false],
    ['not a url', undefined, false],
  ])('%s (dev server %s) is the app: %s', (url, dev, expected) => {
    expect(isAppUrl(url, dev)).toBe(expected);
  });
  it('only the top frame of the app may call the API', () => {
    expect(isTrustedSender({ url: 'app://gapboard/', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://gapboard/', parent: {} })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

describe('path-traversal guard for local files', () => {
  it.each([
    ['index.html', true],
    ['assets/a.js', true],
    ['../secret', false],
    ['a/../../secret', false],
    ['/etc/passwd', false],
    ['a\0b', false],
  ])('%s stays inside: %s', (rel, inside) => {
    expect(resolveInside('/srv/app', rel) !== null).toBe(inside);
  });
});
