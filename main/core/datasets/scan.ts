/**
 * `scanDataset`: turns a folder, manifest or CSV into a manifest of samples plus issues.
 *
 * The main thread only walks the folder (async, non-blocking) and coordinates; parsing and
 * sha-256 hashing run in a worker pool. Files are hashed in small jobs with at most two jobs
 * per worker in flight, and results land in a preallocated array, so memory is the manifest
 * plus a constant.
 */
import path from 'node:path';
import { GapboardError } from '../project/errors.js';
import type { Sample } from '../../../shared/schema.js';
import { detectSource } from './detect.js';
import { defaultSpawnWorker } from './spawn-worker.js';
import { computeStats, ImageSummaryBuilder } from './stats.js';
import type { ScanIssue, ScanOptions, ScanProgress, ScanResult } from './types.js';
import { byCodeUnit, walkImageFolder } from './walk.js';
import { createWorkerPool, type WorkerPool } from './worker-pool.js';
import type { FileItem, FileResult, ManifestEntry } from './worker-protocol.js';

const JOB_FILES = 64;
const JOBS_IN_FLIGHT_PER_WORKER = 2;
const PROGRESS_EVERY_MS = 100;

function cancelled(): GapboardError {
  return new GapboardError('CANCELLED', 'The scan was cancelled.');
}

/** Throttled progress with rate and ETA; `force` for the first and last report. */
function progressReporter(onProgress?: (p: ScanProgress) => void) {
  let started = Date.now();
  let last = 0;
  return {
    restart(): void {
      started = Date.now();
    },
    report(phase: ScanProgress['phase'], done: number, total: number, bytes: number, force = false): void {
      if (!onProgress) return;
      const now = Date.now();
      if (!force && now - last < PROGRESS_EVERY_MS) return;
      last = now;
      const secs = (now - started) / 1000;
      const rate = secs > 0 ? done / secs : 0;
      const etaSeconds = phase === 'hashing' && rate > 0 ? (total - done) / rate : null;
      onProgress({ phase, done, total, bytes, filesPerSecond: rate, etaSeconds });
    },
  };
}

/**
 * Hashes the files of `entries` through the pool, keeping the number of outstanding jobs
 * bounded; each result is handed to `accept` as its job finishes, so no array of results (or
 * of absolute paths) for the whole dataset ever exists beside the manifest.
 */
async function hashAll(
  pool: WorkerPool,
  entries: readonly ManifestEntry[],
  root: string,
  inFlight: number,
  progress: ReturnType<typeof progressReporter>,
  accept: (index: number, result: FileResult) => void,
  signal?: AbortSignal,
): Promise<void> {
  const total = entries.length;
  let doneFiles = 0;
  let doneBytes = 0;
  let next = 0;
  progress.restart();
  // Reported before any job starts: a UI shows the total at once (and tests hook in here).
  progress.report('hashing', 0, total, 0, true);
  const runOne = async (): Promise<void> => {
    while (next < total) {
      if (signal?.aborted) throw cancelled();
      const start = next;
      // Small jobs near the end (and for few, large files) so every worker has a share.
      const size = Math.max(1, Math.min(JOB_FILES, Math.ceil((total - start) / inFlight)));
      const end = Math.min(total, start + size);
      next = end;
      const items: FileItem[] = [];
      for (let i = start; i < end; i++)
        items.push({ abs: path.join(root, ...entries[i]!.path.split('/')), rel: entries[i]!.path });
      // In-job progress is approximate when two jobs overlap; job ends make it exact again.
      const res = await pool.run({ kind: 'files', items }, (d, b) =>
        progress.report('hashing', doneFiles + d, total, doneBytes + b),
      );
      if (res.kind !== 'files') throw new Error('Scan worker answered with the wrong job kind');
      res.results.forEach((r, i) => {
        accept(start + i, r);
        if (r.ok) doneBytes += r.size;
      });
      doneFiles += items.length;
      progress.report('hashing', doneFiles, total, doneBytes);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, runOne));
  progress.report('hashing', doneFiles, total, doneBytes, true);
}

function manifestFormat(kind: string): 'csv' | 'jsonl' {
  return kind === 'jsonl' ? 'jsonl' : 'csv';
}

/**
 * Scans a dataset source into a manifest. Never throws for bad files — each becomes an issue
 * — only for an unusable source (NOT_FOUND, BAD_ARGUMENT) or cancellation (CANCELLED).
 */
export async function scanDataset(opts: ScanOptions): Promise<ScanResult> {
  const { signal } = opts;
  if (signal?.aborted) throw cancelled();
  const source = path.resolve(opts.source);
  const { layout, kind } = await detectSource(source, opts.layout);
  const workers = Math.max(1, opts.workers ?? 2);
  const pool = createWorkerPool(opts.spawnWorker ?? defaultSpawnWorker, workers, signal);
  const progress = progressReporter(opts.onProgress);
  const issues: ScanIssue[] = [];
  const declared = opts.classes ? new Set(opts.classes) : null;
  try {
    let samples: Sample[] = [];
    let classes: string[] = [];
    const images = new ImageSummaryBuilder();
    if (kind === 'csv-table') {
      const name = path.basename(source);
      const res = await pool.run({ kind: 'csv-table', file: source, name, labelColumn: opts.labelColumn ?? 'label' });
      if (res.kind !== 'csv-table') throw new Error('Scan worker answered with the wrong job kind');
      issues.push(...res.issues);
      samples = res.samples;
      progress.report('hashing', samples.length, samples.length, 0, true);
    } else {
      let entries: ManifestEntry[];
      let root: string;
      if (kind === 'imagefolder') {
        root = source;
        const walk = await walkImageFolder(source, signal, (n) => progress.report('walking', n, 0, 0));
        issues.push(...walk.issues);
        classes = walk.classDirs;
        entries = walk.files.map((rel) => ({ path: rel, label: rel.slice(0, rel.indexOf('/')) }));
      } else {
        root = path.dirname(source);
        const name = path.basename(source);
        const res = await pool.run({ kind: 'manifest', file: source, name, format: manifestFormat(kind) });
        if (res.kind !== 'manifest') throw new Error('Scan worker answered with the wrong job kind');
        issues.push(...res.issues);
        entries = res.entries.sort((a, b) => byCodeUnit(a.path, b.path));
      }
      if (signal?.aborted) throw cancelled();
      if (declared) {
        entries = entries.filter((e) => {
          if (declared.has(e.label)) return true;
          issues.push({ path: e.path, reason: `label "${e.label}" is not in the declared class list` });
          return false;
        });
      }
      const slots = new Array<Sample | undefined>(entries.length);
      const inFlight = workers * JOBS_IN_FLIGHT_PER_WORKER;
      await hashAll(
        pool,
        entries,
        root,
        inFlight,
        progress,
        (i, r) => {
          const e = entries[i]!;
          if (!r.ok) return void issues.push({ path: e.path, reason: r.reason });
          const sample: Sample = { path: e.path, sha256: r.sha256, size: r.size, label: e.label };
          if (e.split !== undefined) sample.split = e.split;
          if (e.slices !== undefined) sample.slices = e.slices;
          slots[i] = sample;
          if (r.image) images.add(r.image);
        },
        signal,
      );
      samples = slots.filter((x): x is Sample => x !== undefined);
    }
    if (declared && kind === 'csv-table') {
      samples = samples.filter((s) => {
        if (declared.has(s.label)) return true;
        issues.push({ path: s.path, reason: `label "${s.label}" is not in the declared class list` });
        return false;
      });
    }
    const classSet = new Set([...classes, ...samples.map((s) => s.label), ...(opts.classes ?? [])]);
    classes = [...classSet].sort(byCodeUnit);
    issues.sort((a, b) => byCodeUnit(a.path, b.path));
    return { layout, samples, classes, stats: computeStats(samples, classes, images.build()), issues };
  } catch (err) {
    if (signal?.aborted) throw cancelled();
    throw err;
  } finally {
    await pool.close();
  }
}
