/**
 * The self-contained HTML report: one file, inline CSS, SVG charts and an embedded subset of
 * the bundled Korean face; no script and no external request (a CSP meta tag forbids any), so
 * it opens offline and prints to PDF as it is. Written in the reader's language.
 */
import type { ProjectDocument } from '../../../shared/schema.js';
import { attributionsOverHistory } from '../present/attribution.js';
import { currentBoard } from '../scoring/board.js';
import { projectHistory } from '../scoring/history.js';
import type { DataMetricsFn } from '../scoring/measure.js';
import { esc } from './format.js';
import { attributionSection, historySection, iterationsSection } from './history-sections.js';
import { defaultPaper, translator, type Paper, type ReportLang, type Tr } from '../../../shared/report-i18n/i18n.js';
import { boardSection, decisionsSection, requirementsSection, runIntervals } from './sections.js';
import { reportCss } from './styles.js';

export interface ReportOptions {
  /** Timestamp printed in the header (injected so tests get stable output). */
  generatedAt: string;
  dataMetrics?: DataMetricsFn;
  /** The reader's language (default English). */
  lang?: ReportLang;
  /** Page size when printed; by default the language's locale decides. */
  paper?: Paper;
}

/** The `<head>` every Gapboard document shares: language, CSP, page size, stylesheet. */
export function documentHead(tr: Tr, title: string, css: string): string {
  return `<!doctype html>
<html lang="${tr.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Gapboard">
<title>${esc(title)}</title>
<style>${css}</style>
</head>`;
}

/**
 * Renders the whole project as one HTML page: board summary and every requirement, each
 * requirement's history chart and change log, burndown and cost-vs-quality, what moved each
 * gap between iterations, every iteration's frozen scorecard, and the decisions log.
 * The embedded font is added by `withEmbeddedFont` (it is asynchronous).
 */
export function renderHtmlReport(doc: ProjectDocument, opts: ReportOptions): string {
  const tr = translator(opts.lang ?? 'en');
  const dm = opts.dataMetrics ? { dataMetrics: opts.dataMetrics } : {};
  const board = currentBoard(doc, dm);
  const history = projectHistory(doc, dm);
  const intervals = runIntervals(doc);
  const closed = doc.iterations.filter((i) => i.status === 'closed').length;
  const nav = [
    ['board', 'board'],
    ['requirements', 'requirements'],
    ['history', 'history'],
    ['attribution', 'attribution'],
    ['iterations', 'iterations'],
    ...(doc.decisions.length ? [['decisions', 'qa']] : []),
  ]
    .map(([id, key]) => `<a href="#${id}">${esc(tr.t(`nav.${key}`))}</a>`)
    .join(' · ');
  const generated = tr.t('report.generated', {
    date: tr.date(opts.generatedAt),
    requirements: doc.requirements.length,
    closed,
    runs: doc.runs.length,
  });
  return `${documentHead(tr, tr.t('report.title', { project: doc.project.name }), reportCss(opts.paper ?? defaultPaper(tr.locale)))}
<body data-app-state="ready">
<header><h1>${esc(doc.project.name)}</h1>
${doc.project.description ? `<p>${esc(doc.project.description)}</p>` : ''}
<p class="muted">${esc(generated)}</p>
<nav class="muted">${nav}</nav>
</header>
${boardSection(tr, board, history, intervals)}
${requirementsSection(tr, doc, board, history, intervals)}
${historySection(tr, history)}
${attributionSection(tr, doc, attributionsOverHistory(doc))}
${iterationsSection(tr, doc, intervals)}
${decisionsSection(tr, doc)}
</body>
</html>
`;
}
