/**
 * Methods of dataset versions and labeling batches.
 *
 * Registration is two steps so bad files are seen before anything is written: `datasets.scan`
 * starts a job whose result is a `ScanSummary` (counts and per-file issues; the manifest stays
 * in the core), then `datasets.register` commits that scan without the bad files, or
 * `datasets.discardScan` drops it.
 */
import { z } from 'zod';
import { DATASET_LAYOUTS, QA_STATUSES } from '../vocabulary.js';
import type { DatasetVersion, Sample } from '../schema.js';
import { DIFF_LISTS, type DiffList } from '../dataset-views.js';
import { method, noArgs, type JobInfo, type ProjectView } from './define.js';

export { DIFF_LISTS, type DiffList } from '../dataset-views.js';

export type {
  BatchTotals,
  ChangedFile,
  DatasetLayout,
  DatasetSummary,
  LowClass,
  ScanIssue,
  VerifyResult,
  VersionCost,
  VersionSummary,
} from '../dataset-views.js';
import type { BatchTotals, DatasetLayout, DatasetSummary, LowClass, ScanIssue, VersionCost } from '../dataset-views.js';

/** What a finished scan found; its `scanId` is what `datasets.register` commits. */
export interface ScanSummary {
  scanId: string;
  name: string;
  /** Project-relative. */
  source: string;
  layout: DatasetLayout;
  /** The number the version will get, and its parent (null for a first version). */
  nextVersion: number;
  parent: number | null;
  count: number;
  classes: Record<string, number>;
  /** The first `ISSUE_LIMIT` issues; `issueCount` is how many there are. */
  issues: ScanIssue[];
  issueCount: number;
  /** The version whose manifest this scan repeats exactly (registering it needs `allowUnchanged`). */
  sameAs: number | null;
}

/** One version without its manifest, plus one page of samples. */
export interface VersionPage {
  name: string;
  version: Omit<DatasetVersion, 'samples'>;
  lowClasses: LowClass[];
  samples: Sample[];
  /** Samples matching the filter (the page is `offset`…`offset + samples.length`). */
  total: number;
  offset: number;
}

/** One row of any diff list, in one shape: `from*` fields describe the older version. */
export interface DiffItem {
  path: string;
  fromPath?: string;
  label: string;
  fromLabel?: string;
  sha256: string;
  fromSha256?: string;
}

export interface DiffPage {
  name: string;
  /** 0 when `to` is a first version (everything is added). */
  from: number;
  to: number;
  counts: Record<DiffList | 'unchanged', number>;
  /** Where each version's files live (for thumbnails); null for version 0. */
  fromSource: { source: string; layout: DatasetLayout } | null;
  toSource: { source: string; layout: DatasetLayout };
  list: DiffList;
  items: DiffItem[];
  total: number;
  offset: number;
}

export interface DatasetTotals {
  name: string;
  /** In version order, each with its own totals and the running cost. */
  versions: VersionCost[];
  /** Every batch of every version together. */
  overall: BatchTotals;
}

const datasetName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, ".", "_", "-", starting with a letter or digit');
const versionNo = z.number().int().positive();
const page = {
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().min(1).max(500).default(100),
};

const qaEntry = z
  .object({
    question: z.string(),
    answer: z.string(),
    askedBy: z.string(),
    status: z.enum(QA_STATUSES),
    /** A requirement id (`R-3`) the question concerns. */
    requirement: z.string().min(1).optional(),
  })
  .strict();

export const batchFields = z
  .object({
    vendor: z.string(),
    guide: z.object({ file: z.string(), version: z.string() }).strict(),
    unitPrice: z.number({ error: 'the unit price must be a number' }).finite().nonnegative(),
    currency: z.string(),
    ordered: z.number().int().nonnegative(),
    delivered: z.number().int().nonnegative(),
    accepted: z.number().int().nonnegative(),
    orderedAt: z.string(),
    deliveredAt: z.string(),
    qa: z.array(qaEntry),
  })
  .partial()
  .strict();

export const datasetMethods = {
  'datasets.list': method<DatasetSummary[]>()(noArgs, 'Every dataset with a summary of each version.'),
  'datasets.scan': method<JobInfo>()(
    z
      .object({
        name: datasetName,
        /** Folder, CSV or JSONL; relative paths are relative to the project folder. */
        source: z.string().min(1, 'a folder or file is required'),
        layout: z.enum(DATASET_LAYOUTS).optional(),
        labelColumn: z.string().min(1).optional(),
        classes: z.array(z.string().min(1)).optional(),
      })
      .strict(),
    'Scan and hash a source as a job; its result is a ScanSummary to register or discard.',
  ),
  'datasets.register': method<{ version: number; project: ProjectView }>()(
    z
      .object({ scanId: z.string().min(1), notes: z.string().optional(), allowUnchanged: z.boolean().optional() })
      .strict(),
    'Commit a finished scan as the next version, leaving its bad files out; a scan identical to the latest version needs allowUnchanged.',
  ),
  'datasets.discardScan': method<null>()(
    z.object({ scanId: z.string().min(1) }).strict(),
    'Drop a finished scan without registering it.',
  ),
  'datasets.version': method<VersionPage>()(
    z
      .object({
        name: datasetName,
        version: versionNo,
        label: z.string().optional(),
        split: z.string().optional(),
        /** Path substring. */
        query: z.string().optional(),
        ...page,
      })
      .strict(),
    'One version with a filtered page of its samples (the project view leaves manifests out).',
  ),
  'datasets.diff': method<DiffPage>()(
    z
      .object({
        name: datasetName,
        to: versionNo,
        /** Defaults to the parent of `to`. */
        from: versionNo.optional(),
        list: z.enum(DIFF_LISTS).default('added'),
        ...page,
      })
      .strict(),
    'Counts of a diff between two versions and one page of one of its lists.',
  ),
  'datasets.verify': method<JobInfo>()(
    z.object({ name: datasetName, version: versionNo }).strict(),
    "Re-hash a version's files as a job; its result is a VerifyResult.",
  ),
  'datasets.totals': method<DatasetTotals>()(
    z.object({ name: datasetName }).strict(),
    'Labeling cost per version, per accepted sample, and cumulative over versions.',
  ),
  'batches.add': method<{ id: string; project: ProjectView }>()(
    z.object({ name: datasetName, version: versionNo, fields: batchFields }).strict(),
    'Attach a labeling batch to a version; returns its id.',
  ),
  'batches.update': method<ProjectView>()(
    z.object({ id: z.string().min(1), fields: batchFields }).strict(),
    'Edit a labeling batch.',
  ),
  'batches.remove': method<ProjectView>()(
    z.object({ id: z.string().min(1) }).strict(),
    'Delete a labeling batch (undoable).',
  ),
} as const;
