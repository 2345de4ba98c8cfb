/**
 * A dataset version's manifest as evaluation data: sample paths are relative to the
 * version's source (the folder for ImageFolder, the manifest's folder for JSONL / CSV
 * manifests), and CSV tables read their feature columns from the file itself.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readCsvRecords } from '../datasets/csv.js';
import { detectSource } from '../datasets/detect.js';
import { GapboardError } from '../project/errors.js';
import type { DatasetVersion, Sample } from '../../../shared/schema.js';
import type { SourceSpec } from '../eval/source-spec.js';
import { resolveInside, type EvalSample } from '../eval/sources.js';
import { readSamples, versionUse } from '../store/sample-data.js';

/** Columns of a CSV table that describe a row rather than feed the model. */
const META_COLUMNS = new Set(['split', 'slices']);

/** Refuses a split the version has no samples in (BAD_ARGUMENT naming the splits there are). */
export function checkSplit(v: DatasetVersion, split: string | undefined, label: string): void {
  if (split === undefined || (v.stats.splits[split] ?? 0) > 0) return;
  const splits = Object.keys(v.stats.splits);
  throw new GapboardError(
    'BAD_ARGUMENT',
    `${label} has no samples in split "${split}"${splits.length ? ` (splits: ${splits.join(', ')})` : ' (it has no splits)'}.`,
  );
}

/** The version's samples a run evaluates (all, or one split), in manifest order, from the store. */
export async function versionSamples(
  storeDir: string,
  name: string,
  v: DatasetVersion,
  split: string | undefined,
  label: string,
): Promise<Sample[]> {
  checkSplit(v, split, label);
  if (!v.samples) return [];
  const all = await readSamples(storeDir, v.samples, versionUse(name, v.version));
  return split === undefined ? all : all.filter((s) => s.split === split);
}

/**
 * Builds a serializable source for the evaluation worker. `abs` is the version's source
 * resolved against the project folder; `features` overrides the table's feature columns.
 */
export async function datasetSourceSpec(
  v: DatasetVersion,
  abs: string,
  samples: Sample[],
  opts: { label: string; features?: string[] },
): Promise<SourceSpec> {
  const { kind } = await detectSource(abs, v.layout);
  if (kind === 'csv-table') return tableSpec(v, abs, samples, opts);
  const root = kind === 'imagefolder' ? abs : path.dirname(abs);
  const evalSamples: EvalSample[] = samples.map((s) => ({
    path: s.path,
    absPath: resolveInside(root, s.path, opts.label),
    label: s.label,
    ...(s.split !== undefined ? { split: s.split } : {}),
    ...(s.slices ? { slices: s.slices } : {}),
  }));
  return { layout: 'samples', samples: evalSamples, kind: 'image', classes: v.classes };
}

async function tableSpec(
  v: DatasetVersion,
  abs: string,
  samples: Sample[],
  opts: { label: string; features?: string[] },
): Promise<SourceSpec> {
  const records = readCsvRecords(await readFile(abs));
  const header = records[0]?.fields.map((f) => f.trim()) ?? [];
  const labelColumn = v.labelColumn ?? 'label';
  const featureNames = opts.features ?? header.filter((c) => c !== labelColumn && !META_COLUMNS.has(c));
  const at = featureNames.map((f) => {
    const i = header.indexOf(f);
    if (i < 0)
      throw new GapboardError('BAD_DATA', `${opts.label}: no feature column '${f}' (columns: ${header.join(', ')})`);
    return i;
  });
  const rows = records.slice(1);
  const evalSamples = samples.map((s): EvalSample => {
    // Table samples are named `<file>.csv#<row>` (1-based data row) by the dataset scan.
    const row = rows[Number(s.path.slice(s.path.lastIndexOf('#') + 1)) - 1];
    const base: EvalSample = { path: s.path, label: s.label, ...(s.slices ? { slices: s.slices } : {}) };
    if (!row) return { ...base, problem: 'row no longer in the CSV file' };
    const features = at.map((i) => Number((row.fields[i] ?? '').trim()));
    const bad = features.findIndex((x, j) => !Number.isFinite(x) || (row.fields[at[j] as number] ?? '').trim() === '');
    return bad < 0
      ? { ...base, features }
      : { ...base, features, problem: `column '${featureNames[bad]}' is not a number` };
  });
  return { layout: 'samples', samples: evalSamples, kind: 'tabular', classes: v.classes, featureNames };
}
