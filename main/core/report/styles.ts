/** The stylesheet of Gapboard's documents, inlined (a report must open with no network). */
import { REPORT_FONT } from './font.js';
import type { Paper } from '../../../shared/report-i18n/i18n.js';

const FONT = `"${REPORT_FONT}", "Noto Sans KR", "Noto Sans CJK KR", system-ui, sans-serif`;

/** Screen and print styles; `paper` sets the printed page (A4 or US Letter). */
export function reportCss(paper: Paper): string {
  return `
:root { --ink:#111827; --muted:#4b5563; --line:#e5e7eb; --met:#0f6e3a; --unmet:#b42318; --untested:#4b5563; }
* { box-sizing: border-box; }
body { font: 14px/1.5 ${FONT}; color: var(--ink); margin: 0 auto; max-width: 1100px; padding: 24px; word-break: keep-all; overflow-wrap: break-word; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
.muted { color: var(--muted); }
.summary { font-size: 18px; font-weight: 700; margin: 12px 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 13px; }
th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #f9fafb; font-weight: 700; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.status { font-weight: 700; font-size: 12px; white-space: nowrap; }
td a, .req header strong { white-space: nowrap; }
td code { word-break: break-all; }
.status-met { color: var(--met); } .status-unmet { color: var(--unmet); } .status-untested { color: var(--untested); }
.status-met::before { content: "● "; } .status-unmet::before { content: "▲ "; } .status-untested::before { content: "○ "; }
.prio { white-space: nowrap; font-size: 12px; border: 1px solid var(--line); border-radius: 3px; padding: 0 4px; }
.prio-must { border-color: var(--unmet); color: var(--unmet); }
.req { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; margin: 10px 0; break-inside: avoid; }
.req header { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
code { font-size: 12px; background: #f3f4f6; padding: 0 3px; border-radius: 3px; }
.charts { display: flex; gap: 24px; flex-wrap: wrap; }
figure.chart { margin: 6px 0; break-inside: avoid; }
figure.chart figcaption { font-weight: 700; font-size: 13px; margin-bottom: 2px; }
figure.chart svg { display: block; }
ul.changes { margin: 4px 0; padding-left: 18px; font-size: 13px; }
.keep { break-inside: avoid; }
h2, h3 { break-after: avoid; }
@page { size: ${paper === 'letter' ? 'letter' : 'A4'}; margin: 14mm; }
@media print { body { max-width: none; padding: 0; font-size: 12px; } table { font-size: 11px; } tr { break-inside: avoid; } .iteration { break-before: page; } }
`;
}
