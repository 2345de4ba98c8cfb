/**
 * `gapboard report`: the self-contained HTML report, the slides, a model card or a datasheet
 * (HTML, PDF via Chromium, Markdown for the cards), in English or Korean; `.csv` / `.json`
 * export the scorecards.
 */
import path from 'node:path';
import { GapboardError } from '../../project/errors.js';
import { DOCUMENT_KINDS } from '../../report/documents.js';
import { REPORT_LANGS } from '../../../../shared/report-i18n/i18n.js';
import { formatOfFile, writeReport } from '../../report/write-report.js';
import { oneOf, requireStr, str } from '../args.js';
import { readProject } from '../project-file.js';
import { UsageError, type CommandSpec } from '../types.js';

export const reportCommand: CommandSpec = {
  name: 'report',
  summary:
    'Export the HTML / PDF report, the slides, a model card or a datasheet (.md too); .csv / .json export the scorecards.',
  usage:
    'gapboard report <file.gapboard> --out FILE.html|.pdf|.md|.csv|.json [--kind report|slides|model-card|datasheet] [--run RUN-ID] [--dataset NAME@vN] [--lang en|ko] [--paper a4|letter]',
  options: {
    out: { type: 'string' },
    kind: { type: 'string' },
    run: { type: 'string' },
    dataset: { type: 'string' },
    lang: { type: 'string' },
    paper: { type: 'string' },
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const out = path.resolve(io.cwd, requireStr(values, 'out'));
    const format = formatOfFile(out);
    if (!format)
      throw new UsageError(`--out must end in .html, .pdf, .md, .csv or .json, got "${path.basename(out)}".`);
    const kind = oneOf(values, 'kind', DOCUMENT_KINDS) ?? 'report';
    const lang = oneOf(values, 'lang', REPORT_LANGS) ?? 'en';
    const paper = oneOf(values, 'paper', ['a4', 'letter'] as const);
    const run = str(values, 'run');
    const dataset = str(values, 'dataset');
    if (kind === 'model-card' && !run) throw new UsageError('--kind model-card needs --run RUN-ID.');
    if (kind === 'datasheet' && !dataset) throw new UsageError('--kind datasheet needs --dataset NAME@vN.');
    if (format === 'md' && (kind === 'report' || kind === 'slides'))
      throw new UsageError('Markdown (.md) is written for --kind model-card and --kind datasheet only.');
    const { doc } = await readProject(io, positionals[0]!);
    try {
      await writeReport(doc, format, out, {
        baseDir: io.cwd,
        generatedAt: io.now(),
        kind,
        lang,
        ...(paper ? { paper } : {}),
        ...(run ? { run } : {}),
        ...(dataset ? { dataset } : {}),
      });
    } catch (err) {
      if (err instanceof GapboardError && err.code === 'UNSUPPORTED' && format === 'pdf') {
        io.err(
          `gapboard report: ${err.message}\nWrite HTML instead (--out report.html) and print it from any browser, or use Export → PDF in the Gapboard app.\n`,
        );
        return 1;
      }
      throw err;
    }
    io.out(`Wrote ${out}\n`);
    return 0;
  },
};
