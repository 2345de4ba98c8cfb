/**
 * The error gallery: misclassified samples of a run, least confident first,
 * with the project-relative file each one came from so the UI can show the image.
 */
import path from 'node:path';
import type { GalleryItem } from '../../../shared/contract/run-methods.js';
import type { ProjectDocument, Run, Sample } from '../../../shared/schema.js';

export interface GalleryFilter {
  /** True class name. */
  truth?: string;
  /** Predicted class name. */
  pred?: string;
  slice?: string;
  /** Every scored sample, not only the misclassified ones. */
  all?: boolean;
  offset?: number;
  limit?: number;
}

interface SampleRef {
  /** Project-relative file, or null for rows of a table. */
  file: string | null;
  slices: string[];
}

/**
 * The samples a dataset run's predictions are aligned with: the version's manifest in
 * order, kept to the run's split. Ad-hoc runs carry their own `paths` instead.
 */
export function runSamples(doc: ProjectDocument, run: Run): SampleRef[] | null {
  if (!run.dataset) return null;
  const { name, version, split } = run.dataset;
  const v = doc.datasets.find((d) => d.name === name)?.versions.find((x) => x.version === version);
  if (!v) return null;
  const samples: Sample[] = split === undefined ? v.samples : v.samples.filter((s) => s.split === split);
  const isTable = run.preprocessing.kind === 'tabular';
  const base = v.layout === 'imagefolder' ? v.source : path.posix.dirname(v.source);
  return samples.map((s) => ({
    file: isTable ? null : path.posix.normalize(path.posix.join(base, s.path)),
    slices: s.slices ?? [],
  }));
}

/** Filters and pages a run's predictions; `total` counts every match before paging. */
export function runGallery(
  doc: ProjectDocument,
  run: Run,
  filter: GalleryFilter = {},
): { total: number; items: GalleryItem[] } {
  const p = run.predictions;
  if (!p) return { total: 0, items: [] };
  const classes = run.preprocessing.classes;
  const refs = runSamples(doc, run);
  const want = (name: string | undefined): number | undefined =>
    name === undefined ? undefined : classes.indexOf(name);
  const truthIdx = want(filter.truth);
  const predIdx = want(filter.pred);
  const picked: number[] = [];
  for (let i = 0; i < p.pred.length; i++) {
    const t = p.truth[i] as number;
    const q = p.pred[i] as number;
    if (q < 0 || t < 0) continue; // not scored (an issue) or a label outside the classes
    if (!filter.all && q === t) continue;
    if (truthIdx !== undefined && t !== truthIdx) continue;
    if (predIdx !== undefined && q !== predIdx) continue;
    if (filter.slice !== undefined && !(refs?.[i]?.slices ?? []).includes(filter.slice)) continue;
    picked.push(i);
  }
  // Least confident first: the errors a reviewer most wants to see; index breaks ties stably.
  picked.sort((a, b) => (p.conf[a] as number) - (p.conf[b] as number) || a - b);
  const offset = filter.offset ?? 0;
  const limit = filter.limit ?? 60;
  const items = picked.slice(offset, offset + limit).map((i) => ({
    index: i,
    file: refs ? (refs[i]?.file ?? null) : (p.paths?.[i] ?? null),
    truth: classes[p.truth[i] as number] ?? '?',
    pred: classes[p.pred[i] as number] ?? '?',
    confidence: (p.conf[i] as number) / 1000,
    slices: refs?.[i]?.slices ?? [],
  }));
  return { total: picked.length, items };
}
