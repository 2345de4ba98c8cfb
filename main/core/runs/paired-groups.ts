/**
 * Two runs' samples paired and counted inside DuckDB. A comparison of two runs of a million
 * samples gets back a few hundred groups — one per combination of the columns it asks for
 * (truths, predictions, slices…) with how many pairs share it — instead of a million rows, so
 * its cost in JS does not grow with the sample count.
 *
 * Pairing rule: samples with the same key pair, and when a key occurs several times the k-th
 * occurrence in a (in index order) meets the k-th in b. Numbering every occurrence costs a
 * window over each run — most of the query's time at a million samples — and only matters for
 * keys repeated in either run, so the pairs are first counted on the key alone and numbered
 * only when those counts show that a shared key occurs more than once.
 */
import { queryStore } from '../store/query.js';
import type { RunTable } from './run-queries.js';

/** One run's side of the pairing. */
export interface PairSide {
  table: RunTable;
  /** SQL over the table's columns: the key to match on (rows where it is null never pair). */
  key: string;
  /** SQL: the kind of key (a hash never meets a path); a constant when there is one kind. */
  kind: string;
  /** SQL condition on the rows that take part. */
  where: string;
}

/** A group of pairs: the asked-for columns, how many pairs share them and the first one's index in a. */
export type Grouped<G> = G & { n: number; first: number };

export interface PairedGroups<G> {
  /** In the order of each group's first sample in a (the order a walk over a would meet them). */
  groups: Grouped<G>[];
  /** Rows of each run that take part (with a key). */
  n: { a: number; b: number };
}

type JoinRow = Record<string, unknown> & { in_a: boolean; in_b: boolean; n: number | null; n_a: number; n_b: number };

/** A side's taking-part rows: idx, truth, pred, label, slices, its key and the key's occurrence k. */
function keyed(s: PairSide, numbered: boolean): string {
  const k = numbered ? `row_number() OVER (PARTITION BY kind, key ORDER BY idx)` : '1';
  return `SELECT idx, truth, pred, label, slices, kind, key, ${k} AS k
    FROM (SELECT *, ${s.kind} AS kind, ${s.key} AS key FROM ${s.table.sql})
    WHERE ${s.where} AND key IS NOT NULL`;
}

/**
 * Both runs' rows joined on (kind, key, k) and grouped by `select` (SQL over `x` for a's row
 * and `y` for b's, each column named), unmatched rows of either run included as groups with
 * `in_a` or `in_b` false, and each run's row count on every row. The LEFT JOIN from the counts
 * keeps one row when no row takes part at all.
 */
function groupedSql(a: PairSide, b: PairSide, select: string, numbered: boolean): string {
  return `WITH a AS NOT MATERIALIZED (${keyed(a, numbered)}), b AS NOT MATERIALIZED (${keyed(b, numbered)}),
    g AS (SELECT x.idx IS NOT NULL AS in_a, y.idx IS NOT NULL AS in_b, ${select}, count(*) AS n, min(x.idx) AS first
          FROM a x FULL JOIN b y ON x.kind = y.kind AND x.key = y.key AND x.k = y.k
          GROUP BY ALL)
    SELECT c.n_a, c.n_b, g.* FROM (SELECT (SELECT count(*) FROM a) AS n_a, (SELECT count(*) FROM b) AS n_b) c
    LEFT JOIN g ON true ORDER BY g.first`;
}

/**
 * Whether joining on the key alone paired every shared key once: a key occurring m times in a
 * and n times in b gives m·n pairs but should give min(m, n), so that join is exact exactly
 * when its pairs equal both runs' matched rows (each run's count less its unmatched rows), as
 * m·n = m = n only when m = n = 1.
 */
function pairedOnce(rows: readonly JoinRow[], n: { a: number; b: number }): boolean {
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

async function run(storeDir: string, a: PairSide, b: PairSide, select: string, numbered: boolean) {
  const rows = await queryStore<JoinRow>(storeDir, groupedSql(a, b, select, numbered), {
    ...a.table.files,
    ...b.table.files,
  });
  return { rows, n: { a: rows[0]?.n_a ?? 0, b: rows[0]?.n_b ?? 0 } };
}

/**
 * Pairs a's and b's rows and counts the pairs per distinct `select`. `numbered` forces the
 * numbered join (what the key-only join falls back to), so tests can hold the two equal.
 */
export async function pairedGroups<G>(
  storeDir: string,
  a: PairSide,
  b: PairSide,
  select: string,
  numbered = false,
): Promise<PairedGroups<G>> {
  let got = await run(storeDir, a, b, select, numbered);
  if (!numbered && !pairedOnce(got.rows, got.n)) got = await run(storeDir, a, b, select, true);
  const groups: Grouped<G>[] = [];
  for (const { in_a, in_b, n_a: _a, n_b: _b, n, ...g } of got.rows)
    if (n !== null && in_a && in_b) groups.push({ ...(g as G & { first: number }), n });
  return { groups, n: got.n };
}
