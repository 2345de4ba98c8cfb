/**
 * A fixed pool of scan workers. Each worker runs one job at a time; callers keep the number
 * of submitted jobs bounded (that is the backpressure that keeps memory flat).
 */
import type { Worker } from 'node:worker_threads';
import { GapboardError } from '../project/errors.js';
import { parseFromWorker, type Job, type JobResult, type ToWorker } from './worker-protocol.js';
import type { SpawnWorker } from './types.js';

interface Pending {
  job: Job;
  jobId: number;
  resolve: (r: JobResult) => void;
  reject: (e: Error) => void;
  onProgress?: (done: number, bytes: number) => void;
}

export interface WorkerPool {
  run(job: Job, onProgress?: (done: number, bytes: number) => void): Promise<JobResult>;
  close(): Promise<void>;
}

/** Starts up to `size` workers lazily; aborting `signal` terminates them and fails every job with CANCELLED. */
export function createWorkerPool(spawn: SpawnWorker, size: number, signal?: AbortSignal): WorkerPool {
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  const queue: Pending[] = [];
  let spawned = 0;
  let nextId = 1;
  let failure: Error | null = null;

  const failAll = (err: Error): void => {
    if (!failure) failure = err;
    const workers = [...idle, ...busy.keys()];
    for (const p of [...busy.values(), ...queue]) p.reject(err);
    busy.clear();
    queue.length = 0;
    idle.length = 0;
    for (const w of workers) void w.terminate();
  };

  const onAbort = (): void => failAll(new GapboardError('CANCELLED', 'The scan was cancelled.'));
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });

  const attach = (w: Worker): void => {
    w.on('message', (raw: unknown) => {
      const p = busy.get(w);
      try {
        const msg = parseFromWorker(raw);
        if (!p || msg.jobId !== p.jobId)
          throw new Error(`Scan worker answered job ${msg.jobId}, which it was not given`);
        if (msg.type === 'progress') return p.onProgress?.(msg.done, msg.bytes);
        busy.delete(w);
        if (msg.type === 'done') p.resolve(msg.result);
        else p.reject(new Error(`Scan worker failed: ${msg.message}`));
        idle.push(w);
        pump();
      } catch (err) {
        failAll(err as Error);
      }
    });
    w.on('error', (err) => failAll(err));
    w.on('exit', (code) => {
      if (!failure && busy.has(w)) failAll(new Error(`Scan worker stopped unexpectedly (exit code ${code})`));
    });
  };

  const pump = (): void => {
    while (queue.length > 0 && !failure) {
      let w = idle.pop();
      if (!w && spawned < size) {
        w = spawn();
        spawned++;
        attach(w);
      }
      if (!w) return;
      const p = queue.shift()!;
      busy.set(w, p);
      w.postMessage({ type: 'start', jobId: p.jobId, job: p.job } satisfies ToWorker);
    }
  };

  return {
    run(job, onProgress) {
      return new Promise<JobResult>((resolve, reject) => {
        if (failure) return reject(failure);
        queue.push({ job, jobId: nextId++, resolve, reject, ...(onProgress ? { onProgress } : {}) });
        pump();
      });
    },
    async close() {
      signal?.removeEventListener('abort', onAbort);
      const all = [...idle, ...busy.keys()];
      idle.length = 0;
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
