/**
 * The samples two runs share, paired and counted inside DuckDB. A run of a million samples
 * comes back as a few hundred groups — one per (each run's truth and label, each run's
 * prediction, the labelling run's slices) — instead of a million rows, so the comparison's
 * cost in JS does not grow with the sample count.
 *
 * Pairing rule: samples match by content hash (by path for ad-hoc runs), and when a key occurs
 * several times the k-th occurrence in a (in index order) meets the k-th in b. Numbering every
 * occurrence costs a window over each run — most of the query's time at a million samples —
 * and it only matters for keys repeated in either run, so the pairs are first counted on the
 * key alone and numbered only when those counts show a shared key occurring twice.
 */
import type { ProjectDocument, Run } from '../../../shared/schema.js';
import { queryStore } from '../store/query.js';
import { runTable, type RunTable } from './run-queries.js';

/** Common samples that agree on every grouped column, with how many there are. */
export interface PairGroup {
  /** Each run's own truth index and manifest label (null for ad-hoc runs), and its prediction. */
  a_truth: number;
  a_label: string | null;
  a_pred: number;
  b_truth: number;
  b_label: string | null;
  b_pred: number;
  /** Slice tags of the run whose labels count (null when its manifest has none). */
  slices: string[] | null;
  n: number;
  /** Index in run a of the group's first sample: the order a per-sample walk would meet it. */
  first: number;
}

export interface PairCounts {
  groups: PairGroup[];
  /** Samples each run scored (with a key to match on). */
  n: { a: number; b: number };
}

/**
 * One row of the grouped join: a group of pairs (both sides), of one run's unmatched rows, or
 * (n null) the counts alone when neither run scored anything.
 */
interface JoinGroup extends Omit<PairGroup, 'n'> {
  n: number | null;
  in_a: boolean;
  in_b: boolean;
  n_a: number;
  n_b: number;
}

/**
 * A run's scored samples with their matching key: the content hash where the manifest is
 * known, else the ad-hoc path (`by_path` keeps a hash from ever meeting a path). With
 * `numbered`, `k` numbers the repeats of a key in index order; without, every row has k = 1.
 */
function keyed(t: RunTable, numbered: boolean): string {
  const k = numbered ? 'row_number() OVER (PARTITION BY sha256 IS NULL, key ORDER BY idx)' : '1';
  return `SELECT idx, truth, pred, label, slices, sha256 IS NULL AS by_path, key, ${k} AS k
    FROM (SELECT *, coalesce(sha256, ppath) AS key FROM ${t.sql})
    WHERE pred >= 0 AND truth >= 0 AND key IS NOT NULL`;
}

/**
 * Both runs' rows joined on (key, k) and grouped, unmatched rows of either run included (as
 * groups with `in_a` or `in_b` false), with each run's row count on every row, in the order of
 * each group's first sample in a. A LEFT JOIN from the counts keeps one row when nothing is
 * scored at all.
 */
function groupedSql(ta: RunTable, tb: RunTable, labels: 'a' | 'b', numbered: boolean): string {
  return `WITH a AS NOT MATERIALIZED (${keyed(ta, numbered)}), b AS NOT MATERIALIZED (${keyed(tb, numbered)}),
    g AS (SELECT x.idx IS NOT NULL AS in_a, y.idx IS NOT NULL AS in_b,
                 x.truth AS a_truth, x.label AS a_label, x.pred AS a_pred,
                 y.truth AS b_truth, y.label AS b_label, y.pred AS b_pred,
                 ${labels === 'a' ? 'x' : 'y'}.slices AS slices, count(*) AS n, min(x.idx) AS first
          FROM a x FULL JOIN b y ON x.by_path = y.by_path AND x.key = y.key AND x.k = y.k
          GROUP BY ALL)
    SELECT c.n_a, c.n_b, g.* FROM (SELECT (SELECT count(*) FROM a) AS n_a, (SELECT count(*) FROM b) AS n_b) c
    LEFT JOIN g ON true ORDER BY g.first`;
}

/**
 * Whether joining on the key alone paired every shared key once: a key occurring m times in a
 * and n times in b gives m·n pairs there but should give min(m, n), so the join is exact
 * exactly when the pairs equal both runs' matched row counts (each is n_x minus x's unmatched
 * rows, and m·n = m = n only when m = n = 1).
 */
function pairedOnce(rows: readonly JoinGroup[], n: { a: number; b: number }): boolean {
  let pairs = 0;
  let onlyA = 0;
  let onlyB = 0;
  for (const r of rows) {
    if (r.n === null) continue;
    if (r.in_a && r.in_b) pairs += r.n;
    else if (r.in_a) onlyA += r.n;
    else onlyB += r.n;
  }
  return pairs === n.a - onlyA && pairs === n.b - onlyB;
}

async function grouped(
  storeDir: string,
  ta: RunTable,
  tb: RunTable,
  labels: 'a' | 'b',
  numbered: boolean,
): Promise<{ rows: JoinGroup[]; n: { a: number; b: number } }> {
  const rows = await queryStore<JoinGroup>(storeDir, groupedSql(ta, tb, labels, numbered), {
    ...ta.files,
    ...tb.files,
  });
  return { rows, n: { a: rows[0]?.n_a ?? 0, b: rows[0]?.n_b ?? 0 } };
}

/**
 * Pairs the samples of a and b and returns the grouped counts of the pairs; `labels` names the
 * run whose slice tags are kept (the one whose labels count). `numbered` forces the numbered
 * join (the fallback when a shared key repeats), so tests can hold the two paths equal.
 */
export async function pairCounts(
  doc: ProjectDocument,
  storeDir: string,
  a: Run,
  b: Run,
  labels: 'a' | 'b',
  numbered = false,
): Promise<PairCounts> {
  const ta = runTable(doc, a, 'a');
  const tb = runTable(doc, b, 'b');
  if (!ta || !tb) return { groups: [], n: { a: 0, b: 0 } };
  let got = await grouped(storeDir, ta, tb, labels, numbered);
  if (!numbered && !pairedOnce(got.rows, got.n)) got = await grouped(storeDir, ta, tb, labels, true);
  const groups: PairGroup[] = [];
  for (const { in_a, in_b, n_a: _a, n_b: _b, n, ...g } of got.rows)
    if (n !== null && in_a && in_b) groups.push({ ...g, n });
  return { groups, n: got.n };
}
