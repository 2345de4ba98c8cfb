/**
 * A manual requirement's "value": the judgment a named person gave it in the latest iteration
 * (1 = met, 0 = not met, so the gap rules and tallies treat it like any other requirement).
 * A judgment from an earlier iteration no longer counts: each new iteration asks again.
 */
import type { ManualJudgment, ProjectDocument, Requirement } from '../../../shared/schema.js';
import type { Evidence } from '../../../shared/board-views.js';

export interface ManualState {
  /** The judgment that counts now, if any. */
  current: ManualJudgment | null;
  /** The latest judgment of any iteration (to say what it was last time). */
  last: ManualJudgment | null;
  /** The iteration a judgment must belong to; null when the project has none yet. */
  iteration: string | null;
}

export function manualState(doc: ProjectDocument, req: Requirement): ManualState {
  const iteration = doc.iterations.at(-1)?.id ?? null;
  const judgments = req.manual?.judgments ?? [];
  const last = judgments.at(-1) ?? null;
  const current = judgments.findLast((j) => (j.iteration ?? null) === iteration) ?? null;
  return { current, last, iteration };
}

export function measureManual(
  req: Requirement,
  doc: ProjectDocument,
): { key: string; value: number | null; evidence: Evidence } {
  const { current, last, iteration } = manualState(doc, req);
  if (current) {
    const judgment = { verdict: current.verdict, by: current.by, at: current.at, reason: current.reason };
    return { key: req.metric, value: current.verdict === 'met' ? 1 : 0, evidence: { judgment } };
  }
  const reason =
    last && iteration
      ? `needs judging again for ${iteration} (last: ${last.verdict === 'met' ? 'met' : 'not met'}, by ${last.by})`
      : 'not judged yet';
  return { key: req.metric, value: null, evidence: { reason } };
}
