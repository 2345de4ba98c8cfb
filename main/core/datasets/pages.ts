/**
 * Paged read views for the Data screen: a version with one filtered page of its samples, and
 * one page of one list of a diff. Manifests can hold 100,000 samples; the UI asks for a page.
 */
import type { DiffItem, DiffList, DiffPage, VersionPage } from '../../../shared/contract/dataset-methods.js';
import type { ProjectDocument } from '../../../shared/schema.js';
import type { ManifestDiff } from './diff.js';
import { findVersion } from './lookup.js';
import { lowClasses } from './stats.js';
import { diffVersions, type VersionDiff } from './versions.js';
import { samplePage, type SampleFilter } from './version-queries.js';

export interface PageArgs {
  offset: number;
  limit: number;
}

export type { SampleFilter } from './version-queries.js';

/** Version `version` of `name` without its manifest, plus the samples matching `filter`, paged. */
export async function versionPage(
  doc: ProjectDocument,
  storeDir: string,
  name: string,
  version: number,
  filter: SampleFilter,
  { offset, limit }: PageArgs,
): Promise<VersionPage> {
  const v = findVersion(doc, name, version);
  const { samples: _link, ...rest } = v;
  const page = await samplePage(storeDir, name, v, filter, offset, limit);
  return { name, version: rest, lowClasses: lowClasses(rest.stats), ...page, offset };
}

/** Every list of a diff in the one row shape the UI browses. */
function rows(diff: ManifestDiff, list: DiffList): DiffItem[] {
  switch (list) {
    case 'added':
    case 'removed':
      return diff[list].map((s) => ({ path: s.path, label: s.label, sha256: s.sha256 }));
    case 'relabeled':
      return diff.relabeled.map((r) => ({
        path: r.path,
        ...(r.fromPath !== undefined ? { fromPath: r.fromPath } : {}),
        label: r.to,
        fromLabel: r.from,
        sha256: r.sha256,
      }));
    case 'modified':
      return diff.modified.map((m) => ({
        path: m.path,
        label: m.toLabel,
        fromLabel: m.fromLabel,
        sha256: m.toSha256,
        fromSha256: m.fromSha256,
      }));
    case 'moved':
      return diff.moved.map((m) => ({ path: m.path, fromPath: m.fromPath, label: m.label, sha256: m.sha256 }));
  }
}

/**
 * Paging re-reads the same diff, so the last one is kept: keyed by the (immutable) document,
 * any edit to the project invalidates it.
 */
let cached: { doc: ProjectDocument; key: string; diff: Promise<VersionDiff> } | null = null;

function diffOf(doc: ProjectDocument, storeDir: string, name: string, to: number, from?: number): Promise<VersionDiff> {
  const key = `${storeDir}\u0000${name}\u0000${to}\u0000${from ?? ''}`;
  if (cached?.doc === doc && cached.key === key) return cached.diff;
  const diff = diffVersions(doc, storeDir, name, to, from);
  cached = { doc, key, diff };
  // A failed diff (a missing store file) is not kept: restoring the file and asking again works.
  diff.catch(() => {
    if (cached?.diff === diff) cached = null;
  });
  return diff;
}

/** Counts of `name` `from` → `to` (from defaults to the parent) and one page of `list`. */
export async function diffPage(
  doc: ProjectDocument,
  storeDir: string,
  name: string,
  to: number,
  from: number | undefined,
  list: DiffList,
  { offset, limit }: PageArgs,
): Promise<DiffPage> {
  const diff = await diffOf(doc, storeDir, name, to, from);
  const target = findVersion(doc, name, to);
  const base = diff.from > 0 ? findVersion(doc, name, diff.from) : null;
  const all = rows(diff, list);
  return {
    name,
    from: diff.from,
    to,
    counts: diff.counts,
    fromSource: base ? { source: base.source, layout: base.layout } : null,
    toSource: { source: target.source, layout: target.layout },
    list,
    items: all.slice(offset, offset + limit),
    total: all.length,
    offset,
  };
}
