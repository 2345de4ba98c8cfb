/**
 * `npm run screenshots`: photographs every screen of the real app on a fresh copy of the sample
 * project, for the user guide. Expects `npm run build` done; starts the browser host (its own
 * temp data folder, so your recent projects and preferences are untouched) and drives Debian's
 * Chromium through Playwright.
 *
 *   npm run screenshots                               docs/images/<lang>/<screen>.png, 1440×900, light
 *   npm run screenshots -- --lang ko --theme both --size 1440x900,1024x700 --out /tmp/shots
 *
 * With one theme and one size a file is `<out>/<lang>/<screen>.png`; each option given more
 * than one value adds a folder level: `<out>/<lang>/<theme>/<size>/<screen>.png`.
 */
// The functions handed to page.evaluate run in the page, where these exist.
/* global document, requestAnimationFrame */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { SCREENS } from './screenshot-screens.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.GAPBOARD_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const USAGE =
  'Usage: npm run screenshots -- [--lang en|ko|both] [--theme light|dark|both] [--size 1440x900,1024x700] [--out DIR] [--only board,runs]';

function fail(message) {
  console.error(`screenshots: ${message}`);
  process.exit(1);
}

function options() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        lang: { type: 'string', default: 'both' },
        theme: { type: 'string', default: 'light' },
        size: { type: 'string', default: '1440x900' },
        out: { type: 'string', default: path.join(ROOT, 'docs', 'images') },
        only: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (err) {
    console.error(`screenshots: ${err.message}\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const pick = (value, allowed, flag) => {
    if (value === 'both') return allowed;
    if (!allowed.includes(value)) {
      console.error(`screenshots: --${flag} takes ${allowed.join(', ')} or both (got "${value}").\n${USAGE}`);
      process.exit(2);
    }
    return [value];
  };
  const sizes = values.size.split(',').map((s) => {
    const m = /^(\d{3,4})x(\d{3,4})$/.exec(s.trim());
    if (!m) {
      console.error(`screenshots: --size takes WIDTHxHEIGHT, comma-separated (got "${s}").\n${USAGE}`);
      process.exit(2);
    }
    return { width: Number(m[1]), height: Number(m[2]) };
  });
  const names = SCREENS.map((s) => s.name);
  const only = values.only?.split(',').map((s) => s.trim());
  const unknown = only?.filter((n) => !names.includes(n)) ?? [];
  if (unknown.length > 0) {
    console.error(`screenshots: no screen named ${unknown.join(', ')}; the screens are ${names.join(', ')}.`);
    process.exit(2);
  }
  return {
    langs: pick(values.lang, ['en', 'ko'], 'lang'),
    themes: pick(values.theme, ['light', 'dark'], 'theme'),
    sizes,
    out: path.resolve(values.out),
    screens: only ? SCREENS.filter((s) => only.includes(s.name)) : SCREENS,
  };
}

/** `gapboard serve` with no file: the welcome screen, as a new user first sees it. */
function startHost(workDir) {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'gapboard.mjs'), 'serve'], {
    cwd: workDir,
    env: { ...process.env, GAPBOARD_DATA_DIR: path.join(workDir, '.data') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=([\w-]+))/.exec(out);
      if (m) resolve({ url: m[1], token: m[2] });
    });
    child.stderr.on('data', (chunk) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the host exited with ${code}: ${out}`)));
  });
  return { child, url };
}

/** Preferences go through the app's own API, as the language and theme menus do. */
async function setPrefs(page, token, prefs) {
  const result = await page.evaluate(
    async ({ token, prefs }) => {
      const res = await fetch('/api/prefs.set', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(prefs),
      });
      return res.json();
    },
    { token, prefs },
  );
  if (!result.ok) throw new Error(`prefs.set ${JSON.stringify(prefs)}: ${result.error.message}`);
}

/**
 * Boots the page in a language and theme. The attribute is set as well as the preference, so
 * the shot has the theme whether or not this build applies the preference itself.
 */
async function boot(page, token, lang, theme) {
  await setPrefs(page, token, { language: lang, theme });
  await page.emulateMedia({ colorScheme: theme });
  await page.reload();
  await page.locator('#root[data-app-state="ready"]').waitFor();
  await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
}

/** Waits until what the screen shows is drawn: fonts, images, charts, two frames. */
async function settle(page) {
  await page.waitForFunction(
    () =>
      document.fonts.status === 'loaded' &&
      [...document.images].every((img) => img.complete) &&
      [...document.querySelectorAll('.echart[data-chart]')].every(
        (el) => el.getAttribute('data-chart-state') === 'ready',
      ),
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const errors = await page.getByTestId('error-banner').allTextContents();
  if (errors.length > 0) throw new Error(`the app reported: ${errors.join(' | ')}`);
}

async function writePng(file, buffer) {
  mkdirSync(path.dirname(file), { recursive: true });
  // A 256-colour palette keeps UI shots sharp at a third of the size.
  writeFileSync(
    file,
    await sharp(buffer).png({ palette: true, quality: 95, effort: 10, compressionLevel: 9 }).toBuffer(),
  );
}

async function main() {
  const opts = options();
  if (!existsSync(path.join(ROOT, 'out', 'renderer', 'index.html'))) fail('no build found: run `npm run build` first.');
  if (!existsSync(CHROMIUM)) fail(`no Chromium at ${CHROMIUM} (set GAPBOARD_CHROMIUM to another path).`);
  const fileFor = (lang, theme, size, name) =>
    path.join(
      opts.out,
      lang,
      ...(opts.themes.length > 1 ? [theme] : []),
      ...(opts.sizes.length > 1 ? [`${size.width}x${size.height}`] : []),
      `${name}.png`,
    );
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'gapboard-shots-'));
  const host = startHost(workDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  let written = 0;
  try {
    const { url, token } = await host.url;
    const page = await browser.newPage({ viewport: opts.sizes[0] });
    await page.goto(url);
    await page.locator('#root[data-app-state="ready"]').waitFor();
    const shoot = async (screen, lang, theme) => {
      await screen.open(page);
      for (const size of opts.sizes) {
        await page.setViewportSize(size);
        await settle(page);
        await writePng(fileFor(lang, theme, size, screen.name), await page.screenshot());
        written++;
      }
      await screen.close?.(page);
      console.log(`${lang} ${theme} ${screen.name}`);
    };
    const combos = opts.langs.flatMap((lang) => opts.themes.map((theme) => ({ lang, theme })));
    for (const { lang, theme } of combos) {
      await boot(page, token, lang, theme);
      for (const screen of opts.screens.filter((s) => !s.needsProject)) await shoot(screen, lang, theme);
    }
    if (opts.screens.some((s) => s.needsProject)) {
      // Copies the sample into the host's data folder; the committed sample stays as it is.
      await page.getByTestId('open-sample').click();
      await page.locator('[data-testid="screen-board"][data-app-state="ready"]').waitFor({ timeout: 60_000 });
      for (const { lang, theme } of combos) {
        await boot(page, token, lang, theme);
        for (const screen of opts.screens.filter((s) => s.needsProject)) await shoot(screen, lang, theme);
      }
    }
  } finally {
    await browser.close();
    if (host.child.exitCode === null) {
      const exited = new Promise((r) => host.child.once('exit', r));
      host.child.kill('SIGTERM');
      await exited;
    }
    rmSync(workDir, { recursive: true, force: true });
  }
  console.log(`${written} screenshots in ${path.relative(process.cwd(), opts.out) || '.'}`);
}

main().catch((err) => fail(err.stack ?? String(err)));
