/**
 * A fair comparison of two runs: only the samples both runs scored count. Samples are matched
 * by content hash (by path for ad-hoc runs, which carry no hashes), every quality metric is
 * recomputed on the common samples with one set of labels, and the accuracy difference is
 * tested with the exact McNemar test on the pairs the runs disagree about.
 *
 * When both runs are on versions of the same dataset and a sample was relabeled between them,
 * the later version's label counts for both (a relabeling fixes a label; judging one run by the
 * old label and the other by the new one would compare labels, not models).
 */
import type { FairComparison, FairMetric } from '../../../shared/contract/compare-types.js';
import { classificationMetricsFromCounts } from '../eval/metrics-classification.js';
import { mcnemarExact } from '../eval/intervals.js';
import type { ProjectDocument, Run } from '../../../shared/schema.js';
import { formatDatasetRef } from '../scoring/measure.js';
import { metricKind } from '../../../shared/metric-keys.js';
import { pairCounts } from './fair-pairs.js';
import { tally, type Discordant } from './fair-tally.js';

/** Where a run's figures come from, as people write it: `digits@v3:test`, or `ad-hoc data`. */
export function runDataText(run: Run): string {
  return run.dataset ? formatDatasetRef(run.dataset) : 'ad-hoc data';
}

/** Whose labels count on the common samples: the later version of the same dataset, else b's. */
function labelSide(a: Run, b: Run): 'a' | 'b' {
  if (a.dataset && b.dataset && a.dataset.name === b.dataset.name && a.dataset.version > b.dataset.version) return 'a';
  return 'b';
}

function recordedFigures(a: Run, b: Run): Record<string, { a: number | null; b: number | null; delta: number | null }> {
  const out: Record<string, { a: number | null; b: number | null; delta: number | null }> = {};
  for (const k of new Set([...Object.keys(a.metrics), ...Object.keys(b.metrics)])) {
    const kind = metricKind(k);
    if (kind !== 'speed' && kind !== 'size') continue;
    const va = a.metrics[k] ?? null;
    const vb = b.metrics[k] ?? null;
    out[k] = { a: va, b: vb, delta: va !== null && vb !== null ? vb - va : null };
  }
  return out;
}

/**
 * Compares run `b` against run `a` on the samples both scored. Not comparable (with a reason
 * naming both runs' data) when they share no sample or either is not a classification run.
 */
export async function compareFair(doc: ProjectDocument, storeDir: string, a: Run, b: Run): Promise<FairComparison> {
  const base = {
    a: a.id,
    b: b.id,
    data: { a: runDataText(a), b: runDataText(b) },
    recorded: recordedFigures(a, b),
  };
  const notComparable = (reason: string, n: { a: number; b: number }): FairComparison => ({
    ...base,
    comparable: false,
    reason,
    n_common: 0,
    n: n,
    relabeled: 0,
    classes: [],
    metrics: {},
    confusion: null,
    discordant: { a_only: 0, b_only: 0 },
  });
  for (const r of [a, b])
    if (!r.confusion || r.status !== 'done')
      return notComparable(
        `${r.id} is ${r.status !== 'done' ? `${r.status}, not finished` : 'not a classification run'}; a fair comparison needs two finished classification runs.`,
        { a: 0, b: 0 },
      );
  const side = labelSide(a, b);
  const { groups, n } = await pairCounts(doc, storeDir, a, b, side);
  if (groups.length === 0)
    return notComparable(
      `${a.id} (${runDataText(a)}) and ${b.id} (${runDataText(b)}) share no samples, so their figures cannot be compared.`,
      n,
    );
  const t = tally(groups, side, a.preprocessing.classes, b.preprocessing.classes);
  const { classes, relabeled } = t;
  const ma = classificationMetricsFromCounts(classes, t.confusion.a, t.bySlice.a);
  const mb = classificationMetricsFromCounts(classes, t.confusion.b, t.bySlice.b);
  const metrics: Record<string, FairMetric> = {};
  for (const k of Object.keys(ma.metrics)) {
    const va = ma.metrics[k] ?? null;
    const vb = mb.metrics[k] ?? null;
    // top-5 hits are not kept per sample, and a class absent from the common samples has nothing to say.
    if (va === null && vb === null) continue;
    metrics[k] = {
      a: va,
      b: vb,
      delta: va !== null && vb !== null ? vb - va : null,
      p_value: null,
      ...(ma.intervals[k] ? { interval_a: ma.intervals[k] } : {}),
      ...(mb.intervals[k] ? { interval_b: mb.intervals[k] } : {}),
    };
  }
  // McNemar on the discordant pairs, overall and per slice, for accuracy and its complement.
  const setP = (prefix: string, d: Discordant) => {
    const p = mcnemarExact(d.a_only, d.b_only);
    for (const k of [`${prefix}accuracy`, `${prefix}error_rate`]) if (metrics[k]) metrics[k].p_value = p;
  };
  setP('', t.discordant);
  for (const [tag, d] of t.discordantBySlice) setP(`slice[${tag}].`, d);
  const common = t.common;
  const same = common === n.a && common === n.b;
  const notes = [
    same
      ? ''
      : `The runs saw different samples: ${a.id} ${n.a} (${runDataText(a)}), ${b.id} ${n.b} (${runDataText(b)}); every figure is recomputed on the ${common} they share.`,
    relabeled > 0
      ? `${relabeled} common samples were relabeled between the versions; ${side === 'a' ? a.id : b.id}'s labels count for both.`
      : '',
  ].filter(Boolean);
  return {
    ...base,
    comparable: true,
    reason: notes.length ? notes.join(' ') : null,
    n_common: common,
    n,
    relabeled,
    classes,
    metrics,
    confusion: { a: ma.confusion, b: mb.confusion },
    discordant: t.discordant,
  };
}
