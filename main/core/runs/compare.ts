/** Runs side by side: metrics, deltas against the first run, confusion diffs. */
import type { RunComparison } from '../../../shared/contract/run-methods.js';
import type { Run } from '../../../shared/schema.js';

const sameClasses = (a: string[], b: string[]): boolean => a.length === b.length && a.every((c, i) => c === b[i]);

/**
 * Compares runs; the first is the baseline. A delta is null when either run lacks the
 * metric; a confusion diff is null when the class lists differ (the cells would not line up).
 */
export function compareRuns(runs: Run[]): RunComparison {
  const base = runs[0];
  if (!base) return { runs, metricKeys: [], deltas: [], confusionDiff: [], classes: [] };
  const seen = new Set<string>();
  const metricKeys: string[] = [];
  for (const r of runs)
    for (const k of Object.keys(r.metrics))
      if (!seen.has(k)) {
        seen.add(k);
        metricKeys.push(k);
      }
  const deltas = runs.map((r) => {
    const row: Record<string, number | null> = {};
    for (const k of metricKeys) {
      const a = base.metrics[k];
      const b = r.metrics[k];
      row[k] = typeof a === 'number' && typeof b === 'number' ? b - a : null;
    }
    return row;
  });
  const classes = base.preprocessing.classes;
  const confusionDiff = runs.map((r) => {
    const a = base.confusion;
    const b = r.confusion;
    if (!a || !b || !sameClasses(classes, r.preprocessing.classes)) return null;
    return b.map((row, i) => row.map((v, j) => v - (a[i]?.[j] ?? 0)));
  });
  return { runs, metricKeys, deltas, confusionDiff, classes };
}
