/** Public shapes of the dataset core: what a scan yields and how it reports progress. */
import type { Worker } from 'node:worker_threads';
import type { DatasetStats, Sample } from '../../../shared/schema.js';
import type { DatasetLayout, ScanIssue } from '../../../shared/dataset-views.js';
export type { DatasetLayout, ScanIssue } from '../../../shared/dataset-views.js';

/** Width / height / channels read from an image header (never a full decode). */
export interface ImageInfo {
  width: number;
  height: number;
  channels: number;
}

export interface ScanProgress {
  /** `walking` while the folder or manifest is read, `hashing` while files are hashed. */
  phase: 'walking' | 'hashing';
  done: number;
  total: number;
  bytes: number;
  filesPerSecond: number;
  /** Seconds left at the current rate; null until a rate is known. */
  etaSeconds: number | null;
}

/** Starts one scan worker; a bundled build supplies its own (the default runs the .ts under tsx). */
export type SpawnWorker = () => Worker;

export interface ScanOptions {
  /** Absolute path of the folder (imagefolder) or the CSV / JSONL file. */
  source: string;
  /** Detected when omitted: folder → imagefolder, `.jsonl` → jsonl, `.csv` → csv. */
  layout?: DatasetLayout;
  /** CSV table: the column holding the label (default `label`). */
  labelColumn?: string;
  /** Declared class list: samples with any other label become issues. */
  classes?: readonly string[];
  signal?: AbortSignal;
  onProgress?: (p: ScanProgress) => void;
  spawnWorker?: SpawnWorker;
  /** Worker count (default 2: the pool size the target laptops can spare beside the UI thread). */
  workers?: number;
}

export interface ScanResult {
  layout: DatasetLayout;
  /** Sorted by path (CSV tables: by row number). */
  samples: Sample[];
  /** Sorted; for an image folder every class folder, even an empty one (model output order). */
  classes: string[];
  stats: DatasetStats;
  issues: ScanIssue[];
}

/** A streamed scan: what `scanStream` gathered besides the samples, and what its consumer returned. */
export interface ScanOutcome<T> extends Omit<ScanResult, 'samples'> {
  /** Stats of each split on its own (only splits that occur). */
  splitStats: Record<string, DatasetStats>;
  output: T;
}
