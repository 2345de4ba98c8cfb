/** The report's stylesheet, inlined into the page (the report must open with no network). */
export const REPORT_CSS = `
:root { --ink:#111827; --muted:#6b7280; --line:#e5e7eb; --met:#15803d; --unmet:#b91c1c; --untested:#6b7280; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans KR", sans-serif; color: var(--ink); margin: 0 auto; max-width: 1100px; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
.muted { color: var(--muted); }
.summary { font-size: 18px; font-weight: 600; margin: 12px 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 13px; }
th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #f9fafb; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.status { font-weight: 600; text-transform: uppercase; font-size: 11px; letter-spacing: .03em; }
.status-met { color: var(--met); } .status-unmet { color: var(--unmet); } .status-untested { color: var(--untested); }
.prio { font-size: 11px; text-transform: uppercase; border: 1px solid var(--line); border-radius: 3px; padding: 0 4px; }
.prio-must { border-color: var(--unmet); color: var(--unmet); }
.req { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; margin: 10px 0; break-inside: avoid; }
.req header { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.req code, td code { font-size: 12px; background: #f3f4f6; padding: 0 3px; border-radius: 3px; }
.charts { display: flex; gap: 24px; flex-wrap: wrap; }
.legend span { margin-right: 12px; font-size: 12px; }
.sw { display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: middle; }
ul.changes { margin: 4px 0; padding-left: 18px; font-size: 13px; }
.iteration { break-inside: avoid-page; }
@media print { body { max-width: none; padding: 0; } h2 { break-after: avoid; } .iteration { break-before: page; } }
`;
