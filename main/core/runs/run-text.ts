/**
 * A run's figures as a readable plain-text report (the CLI without `--json`): the headline
 * metrics, a per-class table, per-slice accuracy, the confusion matrix and what went wrong.
 */
import type { Environment } from '../../../shared/schema.js';
import { table } from '../cli/args.js';

/** What the text report shows: an ad-hoc result or a recorded run, reduced to the same shape. */
export interface RunSummary {
  title: string;
  n: number;
  classes: string[];
  metrics: Record<string, number | null>;
  /** 95% intervals keyed like `metrics` (shown beside the headline figures). */
  intervals?: Record<string, [number, number]>;
  confusion?: number[][];
  issues: { path: string; reason: string }[];
  flags: string[];
  environment: Environment;
}

/** Units are in the key (`_ms`, `_mb`, `_qps`): ratios get 4 decimals, figures 2. */
export function formatMetric(key: string, v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  if (/_(ms|mb|qps|m)$/.test(key) || key.startsWith('data.') || key.startsWith('labeling.')) return v.toFixed(2);
  return v.toFixed(4);
}

const MAX_ISSUES = 10;
const MAX_CONFUSION = 20;

/** The report as plain text, ending in a newline; long lists are cut with a pointer to `--json`. */
export function formatRunText(r: RunSummary): string {
  const out: string[] = [`${r.title}: ${r.n} samples scored, ${r.classes.length} classes\n\n`];
  const plain = Object.keys(r.metrics).filter((k) => !k.includes('['));
  const ci = (k: string): string => {
    const i = r.intervals?.[k];
    return i ? `${formatMetric(k, i[0])} – ${formatMetric(k, i[1])}` : '';
  };
  out.push(
    table([['metric', 'value', '95% interval'], ...plain.map((k) => [k, formatMetric(k, r.metrics[k]), ci(k)])]),
  );
  if (r.classes.length > 0 && 'precision[' + r.classes[0] + ']' in r.metrics) {
    const rows = r.classes.map((c, i) => [
      c,
      ...['precision', 'recall', 'f1'].map((m) => formatMetric(m, r.metrics[`${m}[${c}]`])),
      String(r.confusion?.[i]?.reduce((a, b) => a + b, 0) ?? ''),
    ]);
    out.push('\n', table([['class', 'precision', 'recall', 'f1', 'support'], ...rows]));
  }
  const tags = [...new Set(Object.keys(r.metrics).flatMap((k) => /^slice\[([^\]]+)\]\./.exec(k)?.[1] ?? []))];
  if (tags.length > 0) {
    const keys = ['accuracy', 'macro_f1', 'min_class_recall', 'mae', 'rmse', 'exact_match', 'cer'].filter((k) =>
      tags.some((t) => `slice[${t}].${k}` in r.metrics),
    );
    const rows = tags.map((t) => [t, ...keys.map((k) => formatMetric(k, r.metrics[`slice[${t}].${k}`]))]);
    out.push('\n', table([['slice', ...keys], ...rows]));
  }
  if (r.confusion && r.classes.length <= MAX_CONFUSION) {
    out.push('\nconfusion (rows = true class, columns = predicted)\n');
    out.push(table([['', ...r.classes], ...r.confusion.map((row, i) => [r.classes[i] ?? '', ...row.map(String)])]));
  }
  if (r.issues.length > 0) {
    out.push(`\n${r.issues.length} sample(s) not scored:\n`);
    out.push(table(r.issues.slice(0, MAX_ISSUES).map((i) => [i.path, i.reason])));
    if (r.issues.length > MAX_ISSUES) out.push(`… and ${r.issues.length - MAX_ISSUES} more (see --json)\n`);
  }
  for (const f of r.flags) out.push(`note: ${f}\n`);
  const e = r.environment;
  out.push(`\nenvironment: ${e.cpu}, ${e.cores} cores, ${e.threads} threads, ${e.os}, ${e.runtime}\n`);
  return out.join('');
}
