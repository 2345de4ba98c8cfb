/**
 * Writes a report to a file for the API (the CLI's `gapboard report` does the same from a
 * closed file). PDF goes through headless Chromium; the Electron shell may print with
 * `printToPDF` instead, using the same HTML.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GapboardError } from '../project/errors.js';
import type { ProjectDocument } from '../../../shared/schema.js';
import { scorecardsCsv, scorecardsJson } from './export.js';
import { renderHtmlReport } from './html-report.js';
import { findChromium, printHtmlToPdf } from './pdf.js';

export type ReportFormat = 'html' | 'pdf' | 'csv' | 'json';

const EXT: Record<ReportFormat, string[]> = {
  html: ['.html', '.htm'],
  pdf: ['.pdf'],
  csv: ['.csv'],
  json: ['.json'],
};

async function write(file: string, text: string): Promise<void> {
  try {
    await writeFile(file, text, 'utf8');
  } catch (err) {
    throw new GapboardError('IO', `Cannot write ${file}: ${(err as Error).message}`);
  }
}

/**
 * Writes `format` to `target` (resolved against `baseDir` when relative; the extension is
 * added when missing) and returns the absolute path and its size.
 */
export async function writeReport(
  doc: ProjectDocument,
  format: ReportFormat,
  target: string,
  opts: {
    baseDir: string;
    generatedAt: string;
    chromium?: string | null;
    /** The host's own printer (Electron's printToPDF); preferred over headless Chromium. */
    printPdf?: (html: string) => Promise<Buffer>;
  },
): Promise<{ path: string; bytes: number }> {
  let file = path.resolve(opts.baseDir, target);
  if (!EXT[format].includes(path.extname(file).toLowerCase())) file += EXT[format][0];
  if (format === 'csv') await write(file, scorecardsCsv(doc));
  else if (format === 'json') await write(file, JSON.stringify(scorecardsJson(doc), null, 2) + '\n');
  else if (format === 'html') await write(file, renderHtmlReport(doc, { generatedAt: opts.generatedAt }));
  else if (opts.printPdf) {
    const pdf = await opts.printPdf(renderHtmlReport(doc, { generatedAt: opts.generatedAt }));
    try {
      await writeFile(file, pdf);
    } catch (err) {
      throw new GapboardError('IO', `Cannot write ${file}: ${(err as Error).message}`);
    }
  } else {
    const chromium = opts.chromium === undefined ? await findChromium() : opts.chromium;
    if (!chromium) {
      throw new GapboardError(
        'UNSUPPORTED',
        'A PDF needs Chromium and none was found (set GAPBOARD_CHROMIUM); export HTML and print it from a browser.',
      );
    }
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gapboard-report-'));
    try {
      const html = path.join(dir, 'report.html');
      await write(html, renderHtmlReport(doc, { generatedAt: opts.generatedAt }));
      await printHtmlToPdf(html, file, chromium);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return { path: file, bytes: (await stat(file)).size };
}
