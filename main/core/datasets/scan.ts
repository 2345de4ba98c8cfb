/**
 * Scanning a folder, manifest or CSV into samples plus issues.
 *
 * The main thread only walks the folder (async, non-blocking) and coordinates; parsing and
 * sha-256 hashing run in a worker pool. Files are hashed in small jobs, a few per worker in
 * flight (enough that one slow job rarely leaves a worker idle while the results wait to be
 * handed on in order), and each sample is handed on as soon as every earlier one has been, so
 * memory is the folder's list of relative paths plus a constant.
 */
import path from 'node:path';
import { GapboardError } from '../project/errors.js';
import type { Sample } from '../../../shared/schema.js';
import { detectSource } from './detect.js';
import { defaultSpawnWorker } from './spawn-worker.js';
import { hashInOrder } from './hash-in-order.js';
import { StatsBuilder } from './stats.js';
import type { ScanIssue, ScanOptions, ScanOutcome, ScanProgress, ScanResult } from './types.js';
import { byCodeUnit, walkImageFolder } from './walk.js';
import { createWorkerPool, type WorkerPool } from './worker-pool.js';
import type { FileItem, ManifestEntry } from './worker-protocol.js';

const JOBS_IN_FLIGHT_PER_WORKER = 4;
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

function manifestFormat(kind: string): 'csv' | 'jsonl' {
  return kind === 'jsonl' ? 'jsonl' : 'csv';
}

/** What an entry of the list to hash says about its file. */
interface ListedFiles {
  /** The folder entry paths are relative to. */
  root: string;
  count: number;
  entryAt(i: number): ManifestEntry;
}

/** The files an image folder or manifest names (after the declared-class check), in path order. */
async function listFiles(
  pool: WorkerPool,
  source: string,
  kind: string,
  ctx: ScanContext,
): Promise<ListedFiles & { classDirs: string[] }> {
  const { declared, issues, signal, progress } = ctx;
  const refuse = (p: string, label: string): void =>
    void issues.push({ path: p, reason: `label "${label}" is not in the declared class list` });
  if (kind === 'imagefolder') {
    const walk = await walkImageFolder(source, signal, (n) => progress.report('walking', n, 0, 0));
    issues.push(...walk.issues);
    let files = walk.files;
    if (declared) {
      files = files.filter((rel) => declared.has(classOf(rel)) || void refuse(rel, classOf(rel)));
    }
    // Entries are made as they are needed: an object per file for the whole folder would be
    // a second copy of the list beside the paths.
    return {
      root: source,
      count: files.length,
      entryAt: (i) => ({ path: files[i]!, label: classOf(files[i]!) }),
      classDirs: walk.classDirs,
    };
  }
  const name = path.basename(source);
  const res = await pool.run({ kind: 'manifest', file: source, name, format: manifestFormat(kind) });
  if (res.kind !== 'manifest') throw new Error('Scan worker answered with the wrong job kind');
  issues.push(...res.issues);
  let entries = res.entries.sort((a, b) => byCodeUnit(a.path, b.path));
  if (declared) entries = entries.filter((e) => declared.has(e.label) || void refuse(e.path, e.label));
  return { root: path.dirname(source), count: entries.length, entryAt: (i) => entries[i]!, classDirs: [] };
}

/** An image folder's class: the first folder of the path. */
function classOf(rel: string): string {
  return rel.slice(0, rel.indexOf('/'));
}

interface ScanContext {
  declared: Set<string> | null;
  issues: ScanIssue[];
  stats: StatsBuilder;
  progress: ReturnType<typeof progressReporter>;
  signal?: AbortSignal | undefined;
}

/** The listed files hashed, as samples in list order; a file that fails becomes an issue. */
async function* hashedSamples(
  pool: WorkerPool,
  list: ListedFiles,
  ahead: number,
  ctx: ScanContext,
): AsyncGenerator<Sample> {
  const itemAt = (i: number): FileItem => {
    const rel = list.entryAt(i).path;
    return { abs: path.join(list.root, ...rel.split('/')), rel };
  };
  for await (const job of hashInOrder(pool, list.count, itemAt, ahead, ctx.progress, ctx.signal)) {
    for (let k = 0; k < job.results.length; k++) {
      const e = list.entryAt(job.start + k);
      const r = job.results[k]!;
      if (!r.ok) {
        ctx.issues.push({ path: e.path, reason: r.reason });
        continue;
      }
      const sample: Sample = { path: e.path, sha256: r.sha256, size: r.size, label: e.label };
      if (e.split !== undefined) sample.split = e.split;
      if (e.slices !== undefined) sample.slices = e.slices;
      if (r.image) ctx.stats.addImage(r.image);
      ctx.stats.add(sample);
      yield sample;
    }
  }
}

/** A CSV table's samples (already read whole by the worker), without undeclared labels. */
async function* tableSamples(samples: Sample[], ctx: ScanContext): AsyncGenerator<Sample> {
  for (const s of samples) {
    if (ctx.declared && !ctx.declared.has(s.label)) {
      ctx.issues.push({ path: s.path, reason: `label "${s.label}" is not in the declared class list` });
      continue;
    }
    ctx.stats.add(s);
    yield s;
  }
}

/**
 * Scans a dataset source, handing every valid sample to `consume` as it is hashed, in
 * manifest order (path order; a CSV table's row order). Nothing holds every sample: the
 * consumer decides what to keep (the store writes them to disk as they come), and the
 * statistics are gathered on the way. `consume` must read the samples to the end.
 *
 * Never throws for bad files — each becomes an issue — only for an unusable source
 * (NOT_FOUND, BAD_ARGUMENT), cancellation (CANCELLED) or what `consume` throws.
 */
export async function scanStream<T>(
  opts: ScanOptions,
  consume: (samples: AsyncIterable<Sample>) => Promise<T>,
): Promise<ScanOutcome<T>> {
  const { signal } = opts;
  if (signal?.aborted) throw cancelled();
  const source = path.resolve(opts.source);
  const { layout, kind } = await detectSource(source, opts.layout);
  const workers = Math.max(1, opts.workers ?? 2);
  const pool = createWorkerPool(opts.spawnWorker ?? defaultSpawnWorker, workers, signal);
  const ctx: ScanContext = {
    declared: opts.classes ? new Set(opts.classes) : null,
    issues: [],
    stats: new StatsBuilder(),
    progress: progressReporter(opts.onProgress),
    signal,
  };
  try {
    let samples: AsyncIterable<Sample>;
    let classDirs: string[] = [];
    if (kind === 'csv-table') {
      const name = path.basename(source);
      const res = await pool.run({ kind: 'csv-table', file: source, name, labelColumn: opts.labelColumn ?? 'label' });
      if (res.kind !== 'csv-table') throw new Error('Scan worker answered with the wrong job kind');
      ctx.issues.push(...res.issues);
      ctx.progress.report('hashing', res.samples.length, res.samples.length, 0, true);
      samples = tableSamples(res.samples, ctx);
    } else {
      const list = await listFiles(pool, source, kind, ctx);
      if (signal?.aborted) throw cancelled();
      classDirs = list.classDirs;
      samples = hashedSamples(pool, list, workers * JOBS_IN_FLIGHT_PER_WORKER, ctx);
    }
    const output = await consume(samples);
    const classSet = new Set([...classDirs, ...ctx.stats.labels(), ...(opts.classes ?? [])]);
    const classes = [...classSet].sort(byCodeUnit);
    const issues = ctx.issues.sort((a, b) => byCodeUnit(a.path, b.path));
    return {
      layout,
      classes,
      stats: ctx.stats.stats(classes),
      splitStats: ctx.stats.splitStats(classes),
      issues,
      output,
    };
  } catch (err) {
    if (signal?.aborted) throw cancelled();
    throw err;
  } finally {
    await pool.close();
  }
}

/**
 * Scans a dataset source into a manifest held in memory (for checks and small sources; a
 * registration streams instead, see `scanStream`).
 */
export async function scanDataset(opts: ScanOptions): Promise<ScanResult> {
  const {
    output,
    splitStats: _splits,
    ...rest
  } = await scanStream(opts, async (samples) => {
    const all: Sample[] = [];
    for await (const s of samples) all.push(s);
    return all;
  });
  return { ...rest, samples: output };
}
