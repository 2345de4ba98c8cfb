/**
 * The slides' stylesheet and the exported deck. Styles are scoped under `.deck` so the app can
 * show the same markup inside its own page. A slide is drawn at 1920×1080 (scaled to the
 * screen); body text is 28 px there, readable from the back of a room.
 */
import { esc } from '../report/format.js';
import { REPORT_FONT } from '../report/font.js';
import type { Tr } from '../../../shared/report-i18n/i18n.js';
import type { Slide } from './deck.js';

export const DECK_CSS = `
.deck { --ink:#111827; --muted:#4b5563; --line:#d1d5db; --met:#0f6e3a; --unmet:#b42318; --untested:#4b5563; }
.deck .slide { width: 1920px; height: 1080px; padding: 64px 88px; box-sizing: border-box; background: #fff; color: var(--ink); font: 28px/1.4 "${REPORT_FONT}", "Noto Sans KR", "Noto Sans CJK KR", system-ui, sans-serif; overflow: hidden; position: relative; word-break: keep-all; overflow-wrap: anywhere; }
.deck h1 { font-size: 56px; line-height: 1.15; margin: 0 0 20px; }
.deck h2 { font-size: 28px; margin: 0 0 8px; color: var(--muted); text-transform: none; }
.deck .lead { font-size: 32px; margin: 0 0 28px; color: #374151; }
.deck .big { font-size: 40px; font-weight: 700; margin: 0 0 28px; }
.deck .small { font-size: 28px; font-weight: 400; }
.deck .muted { color: var(--muted); }
.deck ul { margin: 0 0 24px; padding-left: 1.1em; }
.deck li { margin: 4px 0; }
.deck .cols { display: grid; grid-template-columns: 1fr 1fr; gap: 56px; }
.deck .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 20px 40px; }
.deck .box { border-top: 4px solid var(--line); padding-top: 10px; min-height: 0; }
.deck .box ul, .deck .box p { font-size: 26px; margin: 0; }
.deck .box.changed { border-top-color: #0072B2; }
.deck .box.wide { grid-column: 1 / -1; }
.deck .box.wide ul { columns: 2; column-gap: 40px; font-size: 24px; }
.deck table { border-collapse: collapse; width: 100%; font-size: 26px; }
.deck td { padding: 8px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
.deck td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.deck td.id { white-space: nowrap; color: var(--muted); }
.deck td.title { max-width: 420px; }
.deck table.fixed { table-layout: fixed; }
.deck code { font-size: 0.9em; background: #f3f4f6; padding: 0 6px; border-radius: 4px; }
.deck .score { display: grid; grid-template-columns: 1fr 520px; gap: 32px; align-items: start; }
.deck .score .charts { display: flex; flex-direction: column; gap: 8px; }
.deck figure.chart { margin: 0; }
.deck figure.chart figcaption { font-size: 24px; font-weight: 700; }
.deck figure.chart svg { display: block; }
.deck .status { font-weight: 700; white-space: nowrap; }
.deck .status-met { color: var(--met); } .deck .status-unmet { color: var(--unmet); } .deck .status-untested { color: var(--untested); }
.deck .status-met::before { content: "● "; } .deck .status-unmet::before { content: "▲ "; } .deck .status-untested::before { content: "○ "; }
.deck .move { white-space: normal; }
.deck .move.better { color: var(--met); } .deck .move.worse { color: var(--unmet); }
.deck .move .split { font-size: 24px; color: var(--muted); white-space: normal; }
.deck .notes { display: none; }
`;

/** The deck as one HTML document: a slide per landscape page when printed, notes under each on screen. */
export function deckDocument(
  tr: Tr,
  title: string,
  slides: readonly Slide[],
  head: (title: string, css: string) => string,
): string {
  const css = `${DECK_CSS}
body { margin: 0; background: #e5e7eb; }
.deck .slide { margin: 24px auto; box-shadow: 0 2px 8px rgba(0,0,0,.2); }
.deck .notes { display: block; width: 1920px; margin: 0 auto 48px; font: 24px/1.4 "${REPORT_FONT}", system-ui, sans-serif; }
@page { size: 1920px 1080px; margin: 0; }
@media print { body { background: #fff; } .deck .slide { margin: 0; box-shadow: none; break-after: page; } .deck .notes { display: none; } }`;
  const body = slides
    .map(
      (s, i) =>
        `<section class="slide" data-slide="${esc(s.id)}" aria-label="${esc(tr.t('slides.counter', { n: i + 1, total: slides.length }))}">${s.html}</section>\n<aside class="notes"><strong>${esc(tr.t('slides.notes'))}:</strong> ${esc(s.notes)}</aside>`,
    )
    .join('\n');
  return `${head(title, css)}
<body data-app-state="ready"><div class="deck">
${body}
</div></body>
</html>
`;
}
