/**
 * Per-sample questions about dataset versions, asked of their manifests in the store with
 * DuckDB: a filtered page of samples, and a diff between two versions (the path matching runs
 * as joins; only the leftovers are paired by content, with the same rules as in memory).
 */
import type { DatasetVersion, Sample } from '../../../shared/schema.js';
import { queryStore, type StoreRef } from '../store/query.js';
import { versionUse } from '../store/sample-data.js';
import { rowToSample, type SampleRecord } from '../store/tables.js';
import { finishDiff, type ManifestDiff, type Modification, type Relabel } from './diff.js';

export interface SampleFilter {
  label?: string | undefined;
  split?: string | undefined;
  /** Case-insensitive path substring. */
  query?: string | undefined;
}

function ref(name: string, v: DatasetVersion): StoreRef | null {
  return v.samples ? { sha256: v.samples.store, ...versionUse(name, v.version) } : null;
}

/** The samples of a version matching `filter`, in manifest order, paged; and how many match. */
export async function samplePage(
  storeDir: string,
  name: string,
  v: DatasetVersion,
  filter: SampleFilter,
  offset: number,
  limit: number,
): Promise<{ samples: Sample[]; total: number }> {
  const s = ref(name, v);
  if (!s) return { samples: [], total: 0 };
  const where: string[] = [];
  const params: Record<string, string | number> = { offset, limit };
  if (filter.label !== undefined) {
    where.push('label = $label');
    params.label = filter.label;
  }
  if (filter.split !== undefined) {
    where.push('split = $split');
    params.split = filter.split;
  }
  if (filter.query) {
    where.push('contains(lower(path), $q)');
    params.q = filter.query.toLowerCase();
  }
  const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = await queryStore<SampleRecord & { total: number }>(
    storeDir,
    `SELECT *, count(*) OVER () AS total FROM {s} ${cond} ORDER BY idx LIMIT $limit OFFSET $offset`,
    { s },
    params,
  );
  let total = rows[0]?.total;
  if (total === undefined) {
    const { offset: _o, limit: _l, ...filterParams } = params;
    // A page past the end still reports how many match.
    const [c] = await queryStore<{ n: number }>(storeDir, `SELECT count(*) AS n FROM {s} ${cond}`, { s }, filterParams);
    total = c?.n ?? 0;
  }
  return { samples: rows.map(rowToSample), total };
}

const EMPTY_SAMPLES = `(SELECT NULL::INTEGER AS idx, NULL AS path, NULL AS sha256, NULL::BIGINT AS size,
  NULL AS label, NULL AS split, NULL::VARCHAR[] AS slices WHERE false)`;

/**
 * What changed from version `from` (none: an empty manifest) to `to`, by the rules of
 * `diffManifests`: the path joins run in DuckDB, moves are paired from what is left.
 */
export async function diffVersionManifests(
  storeDir: string,
  name: string,
  from: DatasetVersion | null,
  to: DatasetVersion,
): Promise<ManifestDiff> {
  const files: Record<string, StoreRef> = {};
  const t = ref(name, to);
  const f = from ? ref(name, from) : null;
  if (t) files.t = t;
  if (f) files.f = f;
  const T = t ? '{t}' : EMPTY_SAMPLES;
  const F = f ? '{f}' : EMPTY_SAMPLES;
  const q = <R>(sql: string) => queryStore<R>(storeDir, sql, files);
  const [counts] = await q<{ unchanged: number }>(
    `SELECT count(*) AS unchanged FROM ${T} t JOIN ${F} f ON t.path = f.path AND t.sha256 = f.sha256 AND t.label = f.label`,
  );
  const changed = await q<{ path: string; from_sha: string; to_sha: string; from_label: string; to_label: string }>(
    `SELECT t.path, f.sha256 AS from_sha, t.sha256 AS to_sha, f.label AS from_label, t.label AS to_label
     FROM ${T} t JOIN ${F} f ON t.path = f.path
     WHERE t.sha256 <> f.sha256 OR t.label <> f.label ORDER BY t.idx`,
  );
  const relabeled: Relabel[] = [];
  const modified: Modification[] = [];
  for (const c of changed) {
    if (c.from_sha !== c.to_sha)
      modified.push({
        path: c.path,
        fromSha256: c.from_sha,
        toSha256: c.to_sha,
        fromLabel: c.from_label,
        toLabel: c.to_label,
      });
    else relabeled.push({ path: c.path, sha256: c.to_sha, from: c.from_label, to: c.to_label });
  }
  const newPaths = await q<SampleRecord>(`SELECT t.* FROM ${T} t ANTI JOIN ${F} f ON t.path = f.path ORDER BY t.idx`);
  const gone = await q<SampleRecord>(`SELECT f.* FROM ${F} f ANTI JOIN ${T} t ON t.path = f.path ORDER BY f.idx`);
  return finishDiff({
    unchanged: counts?.unchanged ?? 0,
    relabeled,
    modified,
    newPaths: newPaths.map(rowToSample),
    gone: gone.map(rowToSample),
  });
}
