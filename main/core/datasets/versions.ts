/** Read-side views of datasets: the list with per-version summaries, and version diffs. */
import type { ProjectDocument } from '../../../shared/schema.js';
import { batchTotals } from './batches.js';
import type { ManifestDiff } from './diff.js';
import { findVersion } from './lookup.js';
import { lowClasses } from './stats.js';
import { diffVersionManifests } from './version-queries.js';
import type { DatasetSummary } from '../../../shared/dataset-views.js';
export type { DatasetSummary, VersionSummary } from '../../../shared/dataset-views.js';

/** Every dataset with a light summary of each version (no sample lists). */
export function listDatasets(doc: ProjectDocument): DatasetSummary[] {
  return doc.datasets.map((ds) => ({
    name: ds.name,
    description: ds.description,
    versions: ds.versions.map((v) => ({
      version: v.version,
      ...(v.parent !== undefined ? { parent: v.parent } : {}),
      createdAt: v.createdAt,
      layout: v.layout,
      source: v.source,
      notes: v.notes,
      count: v.stats.count,
      classes: v.stats.classes,
      lowClasses: lowClasses(v.stats),
      batches: v.batches.length,
      cost: batchTotals(v.batches).cost,
    })),
  }));
}

export interface VersionDiff extends ManifestDiff {
  name: string;
  from: number;
  to: number;
}

/**
 * Diff of `name` from version `from` to version `to`. When `from` is omitted, the parent of
 * `to` (an empty manifest for a first version, so everything is added).
 */
export async function diffVersions(
  doc: ProjectDocument,
  storeDir: string,
  name: string,
  to: number,
  from?: number,
): Promise<VersionDiff> {
  const target = findVersion(doc, name, to);
  const base = from ?? target.parent;
  const before = base !== undefined ? findVersion(doc, name, base) : null;
  return { name, from: base ?? 0, to, ...(await diffVersionManifests(storeDir, name, before, target)) };
}
