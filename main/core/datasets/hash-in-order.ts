/**
 * Hashing a list of files through the worker pool and handing the results back in list
 * order as they become ready. The consumer pulls: a few jobs run ahead of it (enough to keep
 * every worker busy), and no more are started until it takes the oldest one, so a slow
 * consumer holds back the workers instead of piling results up in memory.
 */
import { GapboardError } from '../project/errors.js';
import type { WorkerPool } from './worker-pool.js';
import type { FileItem, FileResult } from './worker-protocol.js';

const JOB_FILES = 64;

export interface HashProgress {
  restart(): void;
  report(phase: 'hashing', done: number, total: number, bytes: number, force?: boolean): void;
}

/** One finished job: the results of files `start`, `start + 1`, … of the list. */
export interface HashedJob {
  start: number;
  results: FileResult[];
}

/**
 * Hashes files `0 … total-1` (`itemAt(i)` names file `i`) with at most `ahead` jobs
 * outstanding, yielding each job's results in order. Aborting `signal` throws CANCELLED.
 */
export async function* hashInOrder(
  pool: WorkerPool,
  total: number,
  itemAt: (i: number) => FileItem,
  ahead: number,
  progress: HashProgress,
  signal?: AbortSignal,
): AsyncGenerator<HashedJob> {
  let doneFiles = 0;
  let doneBytes = 0;
  let next = 0;
  const queue: { start: number; result: Promise<FileResult[]> }[] = [];
  const launch = (): void => {
    const start = next;
    // Small jobs near the end (and for few, large files) so every worker has a share.
    const size = Math.max(1, Math.min(JOB_FILES, Math.ceil((total - start) / ahead)));
    const end = Math.min(total, start + size);
    next = end;
    const items: FileItem[] = [];
    for (let i = start; i < end; i++) items.push(itemAt(i));
    // In-job progress is approximate when jobs overlap; job ends make it exact again.
    const result = pool
      .run({ kind: 'files', items }, (d, b) => progress.report('hashing', doneFiles + d, total, doneBytes + b))
      .then((res) => {
        if (res.kind !== 'files') throw new Error('Scan worker answered with the wrong job kind');
        for (const r of res.results) if (r.ok) doneBytes += r.size;
        doneFiles += items.length;
        progress.report('hashing', doneFiles, total, doneBytes);
        return res.results;
      });
    // Each job is awaited in turn below; until then a failure (an abort fails them all at
    // once) must not count as an unhandled rejection.
    result.catch(() => undefined);
    queue.push({ start, result });
  };
  const fill = (): void => {
    while (queue.length < ahead && next < total) launch();
  };
  progress.restart();
  // Reported before any job starts: a UI shows the total at once (and tests hook in here).
  progress.report('hashing', 0, total, 0, true);
  fill();
  while (queue.length > 0) {
    if (signal?.aborted) throw new GapboardError('CANCELLED', 'The scan was cancelled.');
    const head = queue.shift()!;
    const results = await head.result;
    // Refilled before handing the results over, so the workers go on while the consumer works.
    fill();
    yield { start: head.start, results };
  }
  progress.report('hashing', doneFiles, total, doneBytes, true);
}
