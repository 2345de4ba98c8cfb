/**
 * The board's render time in Chromium: 300 requirements × 200 closed iterations,
 * served by the real browser host (`gapboard serve <file>`), measured inside the page — from
 * the moment the `board.current` response has arrived to the board screen reporting
 * `data-app-state="ready"` (JSON parse, React render and commit of 300 cards with 200-point
 * sparklines). Navigation → ready is reported too. Needs `npm run build` (out/renderer) and
 * a Chromium; without either the rows say so instead of failing the suite.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { serializeDocument } from '../main/core/project/document.js';
import { httpRoute } from '../shared/api-client.js';
import type { ProjectDocument } from '../shared/schema.js';

export interface RenderRow {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.GAPBOARD_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];

/** Runs in the page before any script: notes when the board screen first says it is ready. */
const OBSERVE_READY = () => {
  const w = window as unknown as { __boardReady?: number };
  new MutationObserver((_, obs) => {
    if (document.querySelector('[data-testid="screen-board"][data-app-state="ready"]')) {
      w.__boardReady = performance.now();
      performance.mark('board-ready');
      obs.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-app-state'] });
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Starts `gapboard serve <file>` and resolves with its URL once the project is open. A host
 * that could not open the file still serves the opening screen, where the board never comes:
 * that is an error naming why, not a wait until some timeout.
 */
async function serve(file: string, dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/gapboard.mjs'), 'serve', file], {
    env: { ...process.env, GAPBOARD_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  };
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`gapboard serve exited with ${code}: ${out}${err}`)));
    });
    const [origin, token] = [url.split('/#')[0]!, /token=([\w-]+)/.exec(url)![1]!];
    const res = await fetch(`${origin}${httpRoute('project.current')}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{}',
    });
    const current = (await res.json()) as { ok: boolean; value?: unknown };
    if (!current.ok || !current.value) {
      // The host printed why on stderr, before its URL.
      throw new Error(`gapboard serve opened no project: ${err.trim() || 'it did not say why'}`);
    }
    return { url, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** Waits for the board to say it is ready; anything else the page settles on is an error naming it. */
async function boardReady(page: Page): Promise<void> {
  const settled = await page.waitForFunction(
    () => {
      const w = window as unknown as { __boardReady?: number };
      if (w.__boardReady !== undefined) return 'board';
      const root = document.getElementById('root');
      const screen = document.querySelector('main[data-app-state="ready"]');
      // Ready and showing something other than the board: the welcome or open-hint page.
      if (root?.dataset.appState === 'ready' && screen && screen.getAttribute('data-testid') !== 'screen-board')
        return screen.getAttribute('data-testid') ?? 'another page';
      return false;
    },
    undefined,
    { timeout: 120_000 },
  );
  const shown = (await settled.jsonValue()) as string;
  if (shown !== 'board') throw new Error(`the page shows ${shown} instead of the board`);
}

/** Median over `repeats` page loads (after one warm-up load) of the board's render time. */
export async function benchBoardRender(doc: ProjectDocument, repeats = 7): Promise<RenderRow[]> {
  const name = `board render in Chromium (${doc.requirements.length} req × ${doc.iterations.length} it)`;
  if (!existsSync(path.join(ROOT, 'out/renderer/index.html')) || !existsSync(CHROMIUM)) {
    return [{ name: `${name}: skipped (run npm run build; needs Chromium)`, value: 0, unit: 'ms' }];
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gapboard-bench-render-'));
  const file = path.join(dir, 'bench.gapboard');
  await writeFile(file, serializeDocument(doc));
  const host = await serve(file, path.join(dir, '.data'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    await page.addInitScript(OBSERVE_READY);
    const render: number[] = [];
    const total: number[] = [];
    for (let i = 0; i <= repeats; i++) {
      await page.goto(i === 0 ? host.url : `${host.url.split('#')[0]}?r=${i}#${host.url.split('#')[1]}`);
      await boardReady(page);
      const t = await page.evaluate(() => {
        const ready = (window as unknown as { __boardReady: number }).__boardReady;
        const api = performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/api/board.current'))
          .at(-1) as PerformanceResourceTiming | undefined;
        return { ready, responseEnd: api?.responseEnd ?? NaN };
      });
      if (i === 0) continue; // warm-up: the first load compiles the bundle
      render.push(t.ready - t.responseEnd);
      total.push(t.ready);
    }
    return [
      {
        name: `${name}: board.current response → ready`,
        value: Math.round(median(render)),
        unit: 'ms',
        target: '≤ 150 ms',
      },
      { name: `${name}: navigation → ready`, value: Math.round(median(total)), unit: 'ms' },
    ];
  } finally {
    await browser.close();
    await host.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
