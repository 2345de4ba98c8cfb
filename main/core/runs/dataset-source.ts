/**
 * A dataset version as evaluation data: the worker reads the version's manifest from the
 * store itself, page by page, so no list of its samples is built or copied here. Sample
 * paths are relative to the version's source (the folder for ImageFolder, the manifest's
 * folder for JSONL / CSV manifests), and CSV tables read their feature columns from the file.
 */
import path from 'node:path';
import { detectSource } from '../datasets/detect.js';
import { GapboardError } from '../project/errors.js';
import type { DatasetVersion } from '../../../shared/schema.js';
import type { StoreSourceSpec } from '../eval/sources-store.js';
import { versionUse } from '../store/sample-data.js';

/** Refuses a split the version has no samples in (BAD_ARGUMENT naming the splits there are). */
export function checkSplit(v: DatasetVersion, split: string | undefined, label: string): void {
  if (split === undefined || (v.stats.splits[split] ?? 0) > 0) return;
  const splits = Object.keys(v.stats.splits);
  throw new GapboardError(
    'BAD_ARGUMENT',
    `${label} has no samples in split "${split}"${splits.length ? ` (splits: ${splits.join(', ')})` : ' (it has no splits)'}.`,
  );
}

/**
 * Describes a version (or one split of it) for the evaluation worker. `abs` is the version's
 * source resolved against the project folder; `features` overrides the table's feature columns.
 */
export async function datasetSourceSpec(
  storeDir: string,
  name: string,
  v: DatasetVersion,
  abs: string,
  opts: { label: string; split?: string; features?: string[] },
): Promise<StoreSourceSpec> {
  const { kind } = await detectSource(abs, v.layout);
  return {
    layout: 'store',
    storeDir,
    ...(v.samples ? { samples: { sha256: v.samples.store, ...versionUse(name, v.version) } } : {}),
    ...(opts.split !== undefined ? { split: opts.split } : {}),
    kind: kind === 'csv-table' ? 'tabular' : 'image',
    classes: v.classes,
    label: opts.label,
    ...(kind === 'csv-table'
      ? {
          table: {
            file: abs,
            labelColumn: v.labelColumn ?? 'label',
            ...(opts.features ? { features: opts.features } : {}),
          },
        }
      : { root: kind === 'imagefolder' ? abs : path.dirname(abs) }),
  };
}
