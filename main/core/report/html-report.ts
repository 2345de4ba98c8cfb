/**
 * The self-contained HTML report: one file, inline CSS and SVG, no script and no external
 * request (a CSP meta tag forbids any), so it opens offline and prints to PDF as it is.
 */
import type { ProjectDocument } from '../../../shared/schema.js';
import { currentBoard } from '../scoring/board.js';
import { projectHistory } from '../scoring/history.js';
import type { DataMetricsFn } from '../scoring/measure.js';
import { esc } from './format.js';
import { boardSection, decisionsSection, historySection, iterationsSection, requirementsSection } from './sections.js';
import { REPORT_CSS } from './styles.js';

export interface ReportOptions {
  /** Timestamp printed in the header (injected so tests get stable output). */
  generatedAt: string;
  dataMetrics?: DataMetricsFn;
}

/**
 * Renders the whole project as one HTML page: board summary and every requirement, each
 * requirement's history chart and change log, burndown and cost-vs-quality, every iteration's
 * frozen scorecard, and the decisions log.
 */
export function renderHtmlReport(doc: ProjectDocument, opts: ReportOptions): string {
  const dm = opts.dataMetrics ? { dataMetrics: opts.dataMetrics } : {};
  const board = currentBoard(doc, dm);
  const history = projectHistory(doc, dm);
  const title = `${doc.project.name} — Gapboard report`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Gapboard">
<title>${esc(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body data-app-state="ready">
<header><h1>${esc(doc.project.name)}</h1>
${doc.project.description ? `<p>${esc(doc.project.description)}</p>` : ''}
<p class="muted">Gapboard report · generated ${esc(opts.generatedAt)} · ${doc.requirements.length} requirements · ${doc.iterations.filter((i) => i.status === 'closed').length} closed iterations · ${doc.runs.length} runs</p>
<nav class="muted"><a href="#board">Board</a> · <a href="#requirements">Requirements</a> · <a href="#history">History</a> · <a href="#iterations">Iterations</a>${doc.decisions.length ? ' · <a href="#decisions">Q&amp;A</a>' : ''}</nav>
</header>
${boardSection(board, history)}
${requirementsSection(doc, board, history)}
${historySection(history)}
${iterationsSection(doc)}
${decisionsSection(doc)}
</body>
</html>
`;
}
