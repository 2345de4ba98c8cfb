import { readProject } from '../project-file.js';
/** `gapboard report`: the self-contained HTML report, its PDF print, or the scorecards as CSV / JSON. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GapboardError } from '../../project/errors.js';
import { scorecardsCsv, scorecardsJson } from '../../report/export.js';
import { renderHtmlReport } from '../../report/html-report.js';
import { findChromium, printHtmlToPdf } from '../../report/pdf.js';
import { requireStr } from '../args.js';
import { UsageError, type CommandSpec } from '../types.js';

async function write(file: string, text: string): Promise<void> {
  try {
    await writeFile(file, text, 'utf8');
  } catch (err) {
    throw new GapboardError('IO', `Cannot write ${file}: ${(err as Error).message}`);
  }
}

export const reportCommand: CommandSpec = {
  name: 'report',
  summary: 'Export a self-contained HTML report (or PDF via Chromium; .csv / .json export the scorecards).',
  usage: 'gapboard report <file.gapboard> --out FILE.html|FILE.pdf|FILE.csv|FILE.json',
  options: { out: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const file = path.resolve(io.cwd, positionals[0]!);
    const out = path.resolve(io.cwd, requireStr(values, 'out'));
    const ext = path.extname(out).toLowerCase();
    if (!['.html', '.htm', '.pdf', '.csv', '.json'].includes(ext)) {
      throw new UsageError(`--out must end in .html, .pdf, .csv or .json, got "${path.basename(out)}".`);
    }
    const { doc } = await readProject(io, file);
    if (ext === '.csv') await write(out, scorecardsCsv(doc));
    else if (ext === '.json') await write(out, JSON.stringify(scorecardsJson(doc), null, 2) + '\n');
    else if (ext !== '.pdf') await write(out, renderHtmlReport(doc, { generatedAt: io.now() }));
    else {
      const chromium = await findChromium();
      if (!chromium) {
        io.err(
          'gapboard report: a PDF needs Chromium, and none was found (looked for /usr/bin/chromium and Chrome; set GAPBOARD_CHROMIUM to another path).\n' +
            'Write the HTML report instead (--out report.html) and print it from any browser, or use Export → PDF in the Gapboard app.\n',
        );
        return 1;
      }
      const dir = await mkdtemp(path.join(os.tmpdir(), 'gapboard-report-'));
      try {
        const html = path.join(dir, 'report.html');
        await write(html, renderHtmlReport(doc, { generatedAt: io.now() }));
        await printHtmlToPdf(html, out, chromium);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
    io.out(`Wrote ${out}\n`);
    return 0;
  },
};
