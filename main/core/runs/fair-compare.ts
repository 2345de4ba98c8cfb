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
import { classificationMetrics } from '../eval/metrics-classification.js';
import { mcnemarExact } from '../eval/intervals.js';
import type { ProjectDocument, Run } from '../../../shared/schema.js';
import { formatDatasetRef } from '../scoring/measure.js';
import { metricKind } from '../../../shared/metric-keys.js';
import { queryStore } from '../store/query.js';
import { runTable, type RunTable } from './run-queries.js';

interface Scored {
  /** True class name (this run's label for the sample). */
  truth: string;
  pred: string;
  slices: string[];
}

/** Where a run's figures come from, as people write it: `digits@v3:test`, or `ad-hoc data`. */
export function runDataText(run: Run): string {
  return run.dataset ? formatDatasetRef(run.dataset) : 'ad-hoc data';
}

/** The samples a run scored as SQL: each with its matching key, truth and prediction. */
function scoredSql(t: RunTable): string {
  // Matched by content hash where the manifest is known, by path for ad-hoc runs.
  return `(SELECT idx, truth, pred, label, slices,
      CASE WHEN sha256 IS NOT NULL THEN 'sha256:' || sha256 WHEN ppath IS NOT NULL THEN 'path:' || ppath END AS key
    FROM ${t.sql} WHERE pred >= 0 AND truth >= 0)`;
}

interface PairRow {
  a_truth: number;
  a_pred: number;
  a_label: string | null;
  a_slices: string[] | null;
  b_truth: number;
  b_pred: number;
  b_label: string | null;
  b_slices: string[] | null;
}

/**
 * Pairs the samples of a and b with the same key in one join: the k-th occurrence of a key in
 * `a` meets its k-th occurrence in `b`, so duplicates pair up in order. Also counts each side.
 */
async function pairUp(
  doc: ProjectDocument,
  storeDir: string,
  a: Run,
  b: Run,
): Promise<{ pairs: [Scored, Scored][]; n: { a: number; b: number } }> {
  const ta = runTable(doc, a, 'a');
  const tb = runTable(doc, b, 'b');
  if (!ta || !tb) return { pairs: [], n: { a: 0, b: 0 } };
  const files = { ...ta.files, ...tb.files };
  const numbered = (t: RunTable) =>
    `(SELECT *, row_number() OVER (PARTITION BY key ORDER BY idx) AS k FROM ${scoredSql(t)} WHERE key IS NOT NULL)`;
  const [n] = await queryStore<{ a: number; b: number }>(
    storeDir,
    `SELECT (SELECT count(*) FROM ${numbered(ta)}) AS a, (SELECT count(*) FROM ${numbered(tb)}) AS b`,
    files,
  );
  const rows = await queryStore<PairRow>(
    storeDir,
    `SELECT x.truth AS a_truth, x.pred AS a_pred, x.label AS a_label, x.slices AS a_slices,
            y.truth AS b_truth, y.pred AS b_pred, y.label AS b_label, y.slices AS b_slices
     FROM ${numbered(ta)} x JOIN ${numbered(tb)} y ON x.key = y.key AND x.k = y.k ORDER BY x.idx`,
    files,
  );
  const ca = a.preprocessing.classes;
  const cb = b.preprocessing.classes;
  const scored = (classes: string[], truth: number, pred: number, label: string | null, slices: string[] | null) => ({
    truth: label ?? classes[truth] ?? String(truth),
    pred: classes[pred] ?? String(pred),
    slices: slices ?? [],
  });
  return {
    pairs: rows.map((r) => [
      scored(ca, r.a_truth, r.a_pred, r.a_label, r.a_slices),
      scored(cb, r.b_truth, r.b_pred, r.b_label, r.b_slices),
    ]),
    n: { a: n?.a ?? 0, b: n?.b ?? 0 },
  };
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
  const { pairs, n } = await pairUp(doc, storeDir, a, b);
  if (pairs.length === 0)
    return notComparable(
      `${a.id} (${runDataText(a)}) and ${b.id} (${runDataText(b)}) share no samples, so their figures cannot be compared.`,
      n,
    );
  const side = labelSide(a, b);
  const classes = [...new Set([...b.preprocessing.classes, ...a.preprocessing.classes])];
  const index = new Map(classes.map((c, i) => [c, i]));
  const idx = (name: string): number => {
    let i = index.get(name);
    if (i === undefined) {
      i = classes.length;
      classes.push(name);
      index.set(name, i);
    }
    return i;
  };
  const truth: number[] = [];
  const predA: number[] = [];
  const predB: number[] = [];
  const slices: string[][] = [];
  let relabeled = 0;
  for (const [x, y] of pairs) {
    const label = side === 'a' ? x : y;
    if (x.truth !== y.truth) relabeled++;
    truth.push(idx(label.truth));
    predA.push(idx(x.pred));
    predB.push(idx(y.pred));
    slices.push(label.slices);
  }
  const ma = classificationMetrics({ classes, truth, pred: predA, slices });
  const mb = classificationMetrics({ classes, truth, pred: predB, slices });
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
  const discordant = (pick: (i: number) => boolean) => {
    let onlyA = 0;
    let onlyB = 0;
    for (let i = 0; i < truth.length; i++) {
      if (!pick(i)) continue;
      const okA = predA[i] === truth[i];
      const okB = predB[i] === truth[i];
      if (okA && !okB) onlyA++;
      if (okB && !okA) onlyB++;
    }
    return { a_only: onlyA, b_only: onlyB };
  };
  const setP = (prefix: string, pick: (i: number) => boolean) => {
    const d = discordant(pick);
    const p = mcnemarExact(d.a_only, d.b_only);
    for (const k of [`${prefix}accuracy`, `${prefix}error_rate`]) if (metrics[k]) metrics[k].p_value = p;
    return d;
  };
  const overall = setP('', () => true);
  for (const tag of new Set(slices.flat())) setP(`slice[${tag}].`, (i) => slices[i]!.includes(tag));
  const same = pairs.length === n.a && pairs.length === n.b;
  const notes = [
    same
      ? ''
      : `The runs saw different samples: ${a.id} ${n.a} (${runDataText(a)}), ${b.id} ${n.b} (${runDataText(b)}); every figure is recomputed on the ${pairs.length} they share.`,
    relabeled > 0
      ? `${relabeled} common samples were relabeled between the versions; ${side === 'a' ? a.id : b.id}'s labels count for both.`
      : '',
  ].filter(Boolean);
  return {
    ...base,
    comparable: true,
    reason: notes.length ? notes.join(' ') : null,
    n_common: pairs.length,
    n,
    relabeled,
    classes,
    metrics,
    confusion: { a: ma.confusion, b: mb.confusion },
    discordant: overall,
  };
}
