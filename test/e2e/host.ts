/**
 * Starts Gapboard the way a user does — the real CLI's browser host in a child process, with
 * its own temp data folder — or Electron where its binary exists, and opens the UI in a browser.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron, chromium, type Browser, type Page } from '@playwright/test';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CHROMIUM = process.env.GAPBOARD_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export interface RunningApp {
  page: Page;
  url: string;
  dataDir: string;
  workDir: string;
  stop: () => Promise<void>;
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${out}${err}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`host exited with ${code}: ${out}${err}`)));
  });
}

/** The Electron app itself, where its binary is installed (scripts/e2e.mjs sets the path). */
async function startElectron(
  executablePath: string,
  args: string[],
  workDir: string,
  dataDir: string,
  ownDir: boolean,
) {
  const app = await _electron.launch({
    executablePath,
    // Like `gapboard serve` without a file, start on the welcome screen unless a file is given.
    args: [
      ROOT,
      ...(args.some((a) => a.endsWith('.gapboard')) ? args.filter((a) => a.endsWith('.gapboard')) : ['--welcome']),
    ],
    cwd: workDir,
    env: { ...process.env, GAPBOARD_DATA_DIR: dataDir },
  });
  const page = await app.firstWindow();
  await page.locator('#root[data-app-state="ready"]').waitFor();
  return {
    page,
    url: page.url(),
    dataDir,
    workDir,
    async stop() {
      await app.close();
      if (ownDir) rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/**
 * Electron where its binary exists, else the browser host + Chromium; `args` go to
 * `gapboard serve` (e.g. a project file).
 */
export async function startApp(args: string[] = [], opts: { workDir?: string } = {}): Promise<RunningApp> {
  const workDir = opts.workDir ?? mkdtempSync(path.join(os.tmpdir(), 'gapboard-e2e-'));
  const dataDir = path.join(workDir, '.data');
  const electron = process.env.GAPBOARD_E2E_ELECTRON;
  if (electron) return startElectron(electron, args, workDir, dataDir, !opts.workDir);
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/gapboard.mjs'), 'serve', ...args], {
    cwd: workDir,
    env: { ...process.env, GAPBOARD_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForUrl(child);
  // Playwright gives every launch a fresh, temporary profile (user-data dir).
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  await page.goto(url);
  await page.locator('#root[data-app-state="ready"]').waitFor();
  return {
    page,
    url,
    dataDir,
    workDir,
    async stop() {
      await browser.close();
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      if (!opts.workDir) rmSync(workDir, { recursive: true, force: true });
    },
  };
}

export const hasChromium = () => existsSync(CHROMIUM);
