/**
 * Writes a document to a file for the API and the CLI: the report, the slides, a model card or
 * a datasheet as HTML, PDF (headless Chromium, or the host's own printer) or Markdown, and the
 * scorecards as CSV / JSON.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GapboardError } from '../project/errors.js';
import type { ProjectDocument } from '../../../shared/schema.js';
import { renderDocumentHtml, renderDocumentMarkdown, type DocumentRequest } from './documents.js';
import { scorecardsCsv, scorecardsJson } from './export.js';
import { findChromium, printHtmlToPdf } from './pdf.js';

export type ReportFormat = 'html' | 'pdf' | 'csv' | 'json' | 'md';

const EXT: Record<ReportFormat, string[]> = {
  html: ['.html', '.htm'],
  pdf: ['.pdf'],
  csv: ['.csv'],
  json: ['.json'],
  md: ['.md', '.markdown'],
};

/** The format a file name asks for, or null. */
export function formatOfFile(file: string): ReportFormat | null {
  const ext = path.extname(file).toLowerCase();
  return (Object.keys(EXT) as ReportFormat[]).find((f) => EXT[f].includes(ext)) ?? null;
}

async function write(file: string, data: string | Buffer): Promise<void> {
  try {
    await writeFile(file, data, typeof data === 'string' ? 'utf8' : undefined);
  } catch (err) {
    throw new GapboardError('IO', `Cannot write ${file}: ${(err as Error).message}`);
  }
}

export interface WriteOptions extends Omit<DocumentRequest, 'generatedAt'> {
  baseDir: string;
  generatedAt: string;
  chromium?: string | null;
  /** The host's own printer (Electron's printToPDF); preferred over headless Chromium. */
  printPdf?: (html: string) => Promise<Buffer>;
}

/**
 * Writes `format` to `target` (resolved against `baseDir` when relative; the extension is
 * added when missing) and returns the absolute path and its size.
 */
export async function writeReport(
  doc: ProjectDocument,
  format: ReportFormat,
  target: string,
  opts: WriteOptions,
): Promise<{ path: string; bytes: number }> {
  let file = path.resolve(opts.baseDir, target);
  if (!EXT[format].includes(path.extname(file).toLowerCase())) file += EXT[format][0];
  const { baseDir: _b, chromium: _c, printPdf, ...req } = opts;
  if (format === 'csv') await write(file, scorecardsCsv(doc));
  else if (format === 'json') await write(file, JSON.stringify(scorecardsJson(doc), null, 2) + '\n');
  else if (format === 'md') await write(file, renderDocumentMarkdown(doc, req));
  else if (format === 'html') await write(file, await renderDocumentHtml(doc, req));
  else if (printPdf) await write(file, await printPdf(await renderDocumentHtml(doc, req)));
  else {
    const chromium = opts.chromium === undefined ? await findChromium() : opts.chromium;
    if (!chromium) {
      throw new GapboardError(
        'UNSUPPORTED',
        'A PDF needs Chromium and none was found (looked for /usr/bin/chromium and Chrome; set GAPBOARD_CHROMIUM); export HTML and print it from a browser.',
      );
    }
    const html = await renderDocumentHtml(doc, req);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gapboard-report-'));
    try {
      const htmlFile = path.join(dir, 'report.html');
      await write(htmlFile, html);
      await printHtmlToPdf(htmlFile, file, chromium);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return { path: file, bytes: (await stat(file)).size };
}
