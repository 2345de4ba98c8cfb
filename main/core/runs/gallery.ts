/**
 * The error gallery: misclassified samples of a run, least confident first,
 * with the project-relative file each one came from so the UI can show the image. Filtering,
 * ordering and paging run as one DuckDB query over the run's predictions and its manifest.
 */
import path from 'node:path';
import type { GalleryItem } from '../../../shared/contract/run-methods.js';
import type { ProjectDocument, Run } from '../../../shared/schema.js';
import { queryStore } from '../store/query.js';
import { runTable } from './run-queries.js';

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

interface Row {
  idx: number;
  truth: number;
  pred: number;
  conf: number;
  ppath: string | null;
  spath: string | null;
  slices: string[] | null;
  total: number;
}

/** Filters and pages a run's predictions; `total` counts every match before paging. */
export async function runGallery(
  doc: ProjectDocument,
  storeDir: string,
  run: Run,
  filter: GalleryFilter = {},
): Promise<{ total: number; items: GalleryItem[] }> {
  const t = runTable(doc, run, 'a');
  if (!t) return { total: 0, items: [] };
  const classes = run.preprocessing.classes;
  const where = ['pred >= 0', 'truth >= 0']; // not scored (an issue) or a label outside the classes
  const params: Record<string, string | number> = { offset: filter.offset ?? 0, limit: filter.limit ?? 60 };
  if (!filter.all) where.push('pred <> truth');
  if (filter.truth !== undefined) {
    where.push('truth = $truth');
    params.truth = classes.indexOf(filter.truth);
  }
  if (filter.pred !== undefined) {
    where.push('pred = $pred');
    params.pred = classes.indexOf(filter.pred);
  }
  if (filter.slice !== undefined) {
    where.push('list_contains(coalesce(slices, []), $slice)');
    params.slice = filter.slice;
  }
  // Least confident first: the errors a reviewer most wants to see; index breaks ties stably.
  const rows = await queryStore<Row>(
    storeDir,
    `SELECT idx, truth, pred, conf, ppath, spath, slices, count(*) OVER () AS total
     FROM ${t.sql} WHERE ${where.join(' AND ')} ORDER BY conf, idx LIMIT $limit OFFSET $offset`,
    t.files,
    params,
  );
  let total = rows[0]?.total;
  if (total === undefined) {
    const [c] = await queryStore<{ n: number }>(
      storeDir,
      `SELECT count(*) AS n FROM ${t.sql} WHERE ${where.join(' AND ')}`,
      t.files,
      withoutPaging(params),
    );
    total = c?.n ?? 0;
  }
  const fileOf = sampleFile(doc, run);
  const items = rows.map((r) => ({
    index: r.idx,
    file: t.onVersion ? (r.spath !== null ? fileOf(r.spath) : null) : r.ppath,
    truth: classes[r.truth] ?? '?',
    pred: classes[r.pred] ?? '?',
    confidence: r.conf / 1000,
    slices: r.slices ?? [],
  }));
  return { total, items };
}

/** The filter's parameters alone (DuckDB refuses parameters a statement does not use). */
export function withoutPaging<T extends Record<string, unknown>>(params: T): Omit<T, 'offset' | 'limit'> {
  const { offset: _o, limit: _l, ...rest } = params;
  return rest;
}

/** Project-relative file of a manifest path (null for rows of a table). */
function sampleFile(doc: ProjectDocument, run: Run): (p: string) => string | null {
  const d = run.dataset;
  const v = d ? doc.datasets.find((x) => x.name === d.name)?.versions.find((x) => x.version === d.version) : undefined;
  if (!v || run.preprocessing.kind === 'tabular') return () => null;
  const base = v.layout === 'imagefolder' ? v.source : path.posix.dirname(v.source);
  return (p) => path.posix.normalize(path.posix.join(base, p));
}
