/**
 * A run's predictions joined with the samples they were scored on, as DuckDB queries over the
 * store: predictions are index-aligned with the version's manifest kept to the run's split,
 * so row `idx` of the predictions meets the `idx`-th such sample. Ad-hoc runs carry their own
 * `path` per prediction instead.
 */
import type { ProjectDocument, Run } from '../../../shared/schema.js';
import { sqlString } from '../store/engine.js';
import type { StoreRef } from '../store/query.js';
import { runUse, versionUse } from '../store/sample-data.js';

/** One run as an SQL subquery, with the store files it reads. */
export interface RunTable {
  /** Columns: idx, truth, pred, conf, ppath (ad-hoc path), sha256, label, slices, spath. */
  sql: string;
  files: Record<string, StoreRef>;
  /** True when the run is on a dataset version the document still has (samples may be none). */
  onVersion: boolean;
  /** True when the run recorded its own paths (ad-hoc data). */
  ownPaths: boolean;
}

/** The run's table under placeholder names ending in `tag`; null when it kept no predictions. */
export function runTable(doc: ProjectDocument, run: Run, tag: string): RunTable | null {
  const p = run.predictions;
  if (!p) return null;
  const files: Record<string, StoreRef> = { [`p${tag}`]: { sha256: p.store, ...runUse(run.id) } };
  const d = run.dataset;
  const v = d ? doc.datasets.find((x) => x.name === d.name)?.versions.find((x) => x.version === d.version) : undefined;
  const ownPaths = p.columns.includes('path');
  let samples = `(SELECT NULL::BIGINT AS pos, NULL AS sha256, NULL AS label, NULL::VARCHAR[] AS slices, NULL AS path WHERE false)`;
  if (d && v?.samples) {
    files[`s${tag}`] = { sha256: v.samples.store, ...versionUse(d.name, d.version) };
    // A manifest numbers its rows 0…n−1 in order, so without a split a sample's position is
    // its idx; numbering the rows again would sort the whole manifest for nothing.
    samples =
      d.split === undefined
        ? `(SELECT idx AS pos, sha256, label, slices, path FROM {s${tag}})`
        : `(SELECT row_number() OVER (ORDER BY idx) - 1 AS pos, sha256, label, slices, path FROM {s${tag}} WHERE split = ${sqlString(d.split)})`;
  }
  const sql = `(SELECT p.idx, p.truth, p.pred, p.conf, p.path AS ppath, s.sha256, s.label, s.slices, s.path AS spath
    FROM {p${tag}} p LEFT JOIN ${samples} s ON s.pos = p.idx)`;
  return { sql, files, onVersion: Boolean(d && v), ownPaths };
}
