/**
 * A dataset version's manifest as an evaluation source, read from the sample store page by
 * page (DuckDB hands the rows over a chunk at a time), so evaluating a version of a million
 * samples never holds its manifest in memory. The split is a WHERE clause, and the rows come
 * in manifest order, so the n-th sample evaluated is the n-th sample of that split — the
 * order a run's predictions are matched back to the manifest by.
 *
 * Image samples' paths are relative to `root` (the ImageFolder, or the manifest's folder);
 * table samples (`<file>.csv#<row>`) take their feature columns from the CSV file.
 */
import { readFile } from 'node:fs/promises';
import { readCsvRecords } from '../datasets/csv.js';
import { GapboardError } from '../project/errors.js';
import { sqlString } from '../store/engine.js';
import { queryStore, streamStore, type StoreRef } from '../store/query.js';
import { resolveInside, type EvalSample, type EvalSource } from './sources.js';

export interface StoreSourceSpec {
  layout: 'store';
  storeDir: string;
  /** The version's manifest in the store; absent for a version registered with no samples. */
  samples?: StoreRef;
  split?: string;
  kind: 'image' | 'tabular';
  classes: string[];
  /** The version as messages name it (`digits@v2:test`). */
  label: string;
  /** Image samples: the folder their paths are relative to. */
  root?: string;
  /** Table samples: the CSV file, its label column, and the feature columns when chosen. */
  table?: { file: string; labelColumn: string; features?: string[] };
}

/** Columns of a CSV table that describe a row rather than feed the model. */
const META_COLUMNS = new Set(['split', 'slices']);

interface ManifestRow {
  path: string;
  label: string;
  slices: string[] | null;
  split: string | null;
}

/** Rows of the feature table and how to turn one into a sample (read whole, as it is the user's file). */
async function tableReader(
  t: NonNullable<StoreSourceSpec['table']>,
  label: string,
): Promise<{ featureNames: string[]; sample: (base: EvalSample, path: string) => EvalSample }> {
  const records = readCsvRecords(await readFile(t.file));
  const header = records[0]?.fields.map((f) => f.trim()) ?? [];
  const featureNames = t.features ?? header.filter((c) => c !== t.labelColumn && !META_COLUMNS.has(c));
  const at = featureNames.map((f) => {
    const i = header.indexOf(f);
    if (i < 0)
      throw new GapboardError('BAD_DATA', `${label}: no feature column '${f}' (columns: ${header.join(', ')})`);
    return i;
  });
  const rows = records.slice(1);
  return {
    featureNames,
    sample(base, path) {
      // Table samples are named `<file>.csv#<row>` (1-based data row) by the dataset scan.
      const row = rows[Number(path.slice(path.lastIndexOf('#') + 1)) - 1];
      if (!row) return { ...base, problem: 'row no longer in the CSV file' };
      const features = at.map((i) => Number((row.fields[i] ?? '').trim()));
      const bad = features.findIndex(
        (x, j) => !Number.isFinite(x) || (row.fields[at[j] as number] ?? '').trim() === '',
      );
      return bad < 0
        ? { ...base, features }
        : { ...base, features, problem: `column '${featureNames[bad]}' is not a number` };
    },
  };
}

export async function openStoreSource(spec: StoreSourceSpec): Promise<EvalSource> {
  const where = spec.split !== undefined ? `WHERE split = ${sqlString(spec.split)}` : '';
  const files = spec.samples ? { s: spec.samples } : undefined;
  const count = files
    ? ((await queryStore<{ n: number }>(spec.storeDir, `SELECT count(*) AS n FROM {s} ${where}`, files))[0]?.n ?? 0)
    : 0;
  const table = spec.table ? await tableReader(spec.table, spec.label) : undefined;
  const toSample = (r: ManifestRow): EvalSample => {
    if (table) return table.sample({ path: r.path, label: r.label, ...(r.slices ? { slices: r.slices } : {}) }, r.path);
    return {
      path: r.path,
      absPath: resolveInside(spec.root as string, r.path, spec.label),
      label: r.label,
      ...(r.split !== null ? { split: r.split } : {}),
      ...(r.slices ? { slices: r.slices } : {}),
    };
  };
  return {
    kind: spec.kind,
    classes: spec.classes,
    count,
    label: spec.label,
    ...(table ? { featureNames: table.featureNames } : {}),
    async *samples() {
      if (!files) return;
      const sql = `SELECT path, label, slices, split FROM {s} ${where} ORDER BY idx`;
      for await (const rows of streamStore<ManifestRow>(spec.storeDir, sql, files))
        for (const r of rows) yield toSample(r);
    },
  };
}
