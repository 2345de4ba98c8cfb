/**
 * PDF from the HTML report by printing it in a headless Chromium. The Electron app uses
 * `printToPDF` instead; this path serves the CLI and the browser host where Chromium exists.
 */
import { execFile } from 'node:child_process';
import { access, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { GapboardError } from '../project/errors.js';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The first Chromium-family browser found (GAPBOARD_CHROMIUM overrides), or null. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const list = env.GAPBOARD_CHROMIUM ? [env.GAPBOARD_CHROMIUM, ...CANDIDATES] : CANDIDATES;
  for (const file of list) {
    try {
      await access(file);
      return file;
    } catch {
      /* try the next one */
    }
  }
  return null;
}

/**
 * Prints `htmlFile` to `pdfFile` with headless Chromium. Network features are switched off
 * (the report needs none); `--no-sandbox` because CI containers often run as root.
 */
export async function printHtmlToPdf(
  htmlFile: string,
  pdfFile: string,
  chromium: string,
  timeoutMs = 60_000,
): Promise<void> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'gapboard-pdf-'));
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-pdf-header-footer',
    `--user-data-dir=${profile}`,
    `--print-to-pdf=${pdfFile}`,
    pathToFileURL(htmlFile).href,
  ];
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(chromium, args, { timeout: timeoutMs }, (err, _stdout, stderr) => {
        if (err)
          reject(
            new GapboardError(
              'IO',
              `Chromium could not print the report: ${err.message.split('\n')[0]}${stderr ? ` (${String(stderr).trim().split('\n').slice(-1)[0]})` : ''}`,
            ),
          );
        else resolve();
      });
    });
    const s = await stat(pdfFile).catch(() => null);
    if (!s || s.size === 0) throw new GapboardError('IO', `Chromium ran but wrote no PDF at ${pdfFile}.`);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
