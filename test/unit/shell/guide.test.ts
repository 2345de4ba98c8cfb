/**
 * Help › User Guide on the desktop: the guide opens in a window of its own (no script, no
 * bridge), in the UI language, served by the app:// protocol with its pictures; it goes when
 * the app window goes. The page is never asked to open it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ipcChannel } from '../../../shared/contract.js';
import { tempDir } from '../../helpers/temp.js';
import { findMenuItem } from './fake-electron.js';
import { APP_FRAME, launch, openPage } from './harness.js';

function appWithGuide(): string {
  const appPath = tempDir();
  mkdirSync(path.join(appPath, 'docs', 'shots'), { recursive: true });
  writeFileSync(path.join(appPath, 'docs', 'guide.md'), '# The guide\n\n![Board](shots/board.png)\n');
  writeFileSync(path.join(appPath, 'docs', 'guide.ko.md'), '# 안내서\n\n본문.\n');
  writeFileSync(path.join(appPath, 'docs', 'shots', 'board.png'), 'png bytes');
  writeFileSync(path.join(appPath, 'docs', 'notes.md'), 'not for the guide window');
  return appPath;
}

describe('Help › User Guide', () => {
  it('opens the guide in its own locked-down window, in the UI language, and reuses it', async () => {
    const { fake, win } = await launch({ dataDir: tempDir(), appPath: appWithGuide() });
    await openPage(fake, win());
    findMenuItem(fake.state.menu, 'User Guide')!.click!();
    expect(fake.windows).toHaveLength(2);
    const guide = fake.windows[1]!;
    expect(guide.url).toBe('app://gapboard/guide/?lang=en');
    expect(guide.options).toMatchObject({
      title: 'User Guide',
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(guide.options).not.toHaveProperty('webPreferences.preload');
    expect(win().webContents.events('app.menuCommand')).toEqual([]);

    await fake.invoke(ipcChannel('prefs.set'), { language: 'ko' }, APP_FRAME);
    findMenuItem(fake.state.menu, '사용자 안내서')!.click!();
    expect(fake.windows).toHaveLength(2);
    expect(guide.url).toBe('app://gapboard/guide/?lang=ko');
    expect(guide.focused).toBe(1);
  });

  it('serves the guide page and its pictures, and nothing else of the docs folder', async () => {
    const { fake } = await launch({ dataDir: tempDir(), appPath: appWithGuide() });
    const handler = fake.state.protocolHandler!;
    const en = await handler(new Request('app://gapboard/guide/?lang=en'));
    expect(en.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await en.text();
    expect(html).toContain('<h1>The guide</h1>');
    expect(html).toContain('<img src="shots/board.png" alt="Board">');
    const ko = await (await handler(new Request('app://gapboard/guide/?lang=ko'))).text();
    expect(ko).toContain('<html lang="ko">');
    expect(ko).toContain('<h1>안내서</h1>');
    expect((await handler(new Request('app://gapboard/guide/shots/board.png'))).status).toBe(200);
    expect(fake.state.fetched.at(-1)).toMatch(/docs\/shots\/board\.png$/);
    for (const url of ['app://gapboard/guide/notes.md', 'app://gapboard/guide/..%2F..%2Fetc%2Fx.png']) {
      expect((await handler(new Request(url))).status).toBe(403);
    }
  });

  it('says which file is missing when there is no guide', async () => {
    const { fake } = await launch({ dataDir: tempDir(), appPath: tempDir() });
    const res = await fake.state.protocolHandler!(new Request('app://gapboard/guide/?lang=ko'));
    expect(res.status).toBe(404);
    expect(await res.text()).toMatch(/The user guide is missing \(.*docs\/guide\.ko\.md\)/);
  });

  it('closes with the app window', async () => {
    const { fake, win } = await launch({ dataDir: tempDir(), appPath: appWithGuide() });
    await openPage(fake, win());
    findMenuItem(fake.state.menu, 'User Guide')!.click!();
    const guide = fake.windows[1]!;
    win().close();
    expect(guide.destroyed).toBe(true);
  });
});
