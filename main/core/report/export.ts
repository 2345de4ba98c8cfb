/** CSV and JSON export of the frozen scorecards (for spreadsheets and scripts). */
import type { ProjectDocument } from '../../../shared/schema.js';
import { closedIterations } from '../scoring/history.js';

const CSV_COLUMNS = [
  'iteration',
  'iteration_name',
  'closed_at',
  'candidate_run',
  'requirement',
  'title',
  'metric',
  'op',
  'target',
  'unit',
  'priority',
  'value',
  'gap',
  'rel_gap',
  'status',
  'evidence',
] as const;

/** RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet never runs it as a formula. */
function cell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per requirement per closed iteration, in closing order. */
export function scorecardsCsv(doc: ProjectDocument): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const it of closedIterations(doc)) {
    for (const r of it.scorecard) {
      lines.push(
        [
          it.id,
          it.name,
          it.closedAt ?? '',
          it.candidateRun ?? '',
          r.requirement,
          r.title,
          r.metric,
          r.op,
          r.target,
          r.unit,
          r.priority,
          r.value,
          r.gap,
          r.relGap,
          r.status,
          r.evidence,
        ]
          .map(cell)
          .join(','),
      );
    }
  }
  return lines.join('\r\n') + '\r\n';
}

/** The closed iterations with their frozen scorecards, as a JSON-ready object. */
export function scorecardsJson(doc: ProjectDocument) {
  return {
    project: doc.project.name,
    iterations: closedIterations(doc).map((it) => ({
      id: it.id,
      name: it.name,
      closedAt: it.closedAt ?? null,
      candidateRun: it.candidateRun ?? null,
      datasets: it.datasets,
      notes: it.notes,
      scorecard: it.scorecard,
    })),
  };
}
