/**
 * Serializable descriptions of evaluation data, so a run can cross into a worker thread
 * (functions and async iterators cannot be posted).
 */
import type { EvaluateOptions } from './evaluate.js';
import { readCsvTable, readManifest } from './sources-files.js';
import { readImageFolder, type EvalSource } from './sources.js';
import { openStoreSource, type StoreSourceSpec } from './sources-store.js';

export type SourceSpec =
  | { layout: 'imagefolder'; path: string }
  | { layout: 'csv'; path: string; label?: string; features?: string[] }
  | { layout: 'jsonl' | 'manifest'; path: string; split?: string }
  | StoreSourceSpec;

/** Everything `evaluate` takes except the injected functions, plus the data description. */
export interface EvalJob {
  options: Omit<EvaluateOptions, 'source' | 'spawnWorker'>;
  source: SourceSpec;
  /**
   * A store folder: the worker streams the predictions into a new file there as they come
   * (the result's `stored` links it) instead of returning them.
   */
  recordInto?: string;
}

export async function openSource(spec: SourceSpec): Promise<EvalSource> {
  switch (spec.layout) {
    case 'imagefolder':
      return readImageFolder(spec.path);
    case 'csv':
      return readCsvTable(spec.path, spec);
    case 'jsonl':
    case 'manifest':
      return readManifest(spec.path, spec);
    case 'store':
      return openStoreSource(spec);
  }
}
