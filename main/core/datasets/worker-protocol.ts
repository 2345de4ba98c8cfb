/**
 * What the scan coordinator and its workers say to each other. Both directions are
 * discriminated unions; anything else is a protocol error, never silently dropped.
 */
import type { ImageInfo, ScanIssue } from './types.js';
import type { Sample } from '../../../shared/schema.js';

/** One file to hash: absolute path plus the relative path it is reported under. */
export interface FileItem {
  abs: string;
  rel: string;
}

export type FileResult = { ok: true; sha256: string; size: number; image?: ImageInfo } | { ok: false; reason: string };

/** A parsed manifest line: the file it names (relative, checked) and its annotations. */
export interface ManifestEntry {
  path: string;
  label: string;
  split?: string;
  slices?: string[];
}

export type Job =
  | { kind: 'files'; items: FileItem[] }
  | { kind: 'csv-table'; file: string; name: string; labelColumn: string }
  | { kind: 'manifest'; file: string; name: string; format: 'csv' | 'jsonl' };

export type JobResult =
  | { kind: 'files'; results: FileResult[] }
  | { kind: 'csv-table'; samples: Sample[]; issues: ScanIssue[] }
  | { kind: 'manifest'; entries: ManifestEntry[]; issues: ScanIssue[] };

export type ToWorker = { type: 'start'; jobId: number; job: Job };

export type FromWorker =
  | { type: 'progress'; jobId: number; done: number; bytes: number }
  | { type: 'done'; jobId: number; result: JobResult }
  | { type: 'error'; jobId: number; message: string };

const FROM_TYPES = new Set(['progress', 'done', 'error']);

/** Narrows an incoming worker message; throws on anything the protocol does not define. */
export function parseFromWorker(msg: unknown): FromWorker {
  const type = (msg as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !FROM_TYPES.has(type)) {
    throw new Error(`Scan worker sent an unknown message type: ${JSON.stringify(type)}`);
  }
  return msg as FromWorker;
}

/** Narrows an incoming coordinator message; throws on anything but `start`. */
export function parseToWorker(msg: unknown): ToWorker {
  const type = (msg as { type?: unknown } | null)?.type;
  if (type !== 'start') throw new Error(`Scan worker got an unknown message type: ${JSON.stringify(type)}`);
  return msg as ToWorker;
}
