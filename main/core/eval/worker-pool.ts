/**
 * A fixed pool of worker threads behind an injectable `spawnWorker` (the caller knows where the worker code lives):
 * under vitest / tsx the worker is TypeScript source, in a bundled build the shell injects a
 * spawner that knows where the bundled worker file is.
 */
import { GapboardError } from '../project/errors.js';
import { spawnModuleWorker } from '../workers/spawn-module-worker.js';
import type { FromWorker, ToWorker } from './worker-protocol.js';

export type WorkerName = 'decode' | 'eval';

/** The part of `Worker` the pool uses. */
export interface WorkerLike {
  postMessage(msg: unknown, transfer?: readonly ArrayBuffer[]): void;
  on(event: 'message', fn: (msg: unknown) => void): unknown;
  on(event: 'error', fn: (err: Error) => void): unknown;
  on(event: 'exit', fn: (code: number) => void): unknown;
  terminate(): Promise<number>;
}

export type SpawnWorker = (name: WorkerName) => WorkerLike;

/**
 * Spawns `./<name>-worker.{ts,js}` next to this module (see spawnModuleWorker). A small young
 * generation keeps each thread's heap flat: V8 grows it towards 48 MB a thread when a long run
 * keeps it busy, which made peak RSS grow with the dataset (1.39× from 10,000 to 100,000
 * samples; 1.16× with this limit) although nothing per sample is kept.
 */
export const defaultSpawnWorker: SpawnWorker = (name) =>
  spawnModuleWorker(import.meta.url, `${name}-worker`, {
    resourceLimits: { maxYoungGenerationSizeMb: 4 },
  });

interface Pending<R> {
  resolve(r: R): void;
  reject(e: Error): void;
}

export class WorkerPool<Task, Result> {
  private readonly workers: WorkerLike[] = [];
  private readonly idle: WorkerLike[] = [];
  private readonly queue: { task: Task; transfer: ArrayBuffer[]; p: Pending<Result> }[] = [];
  private readonly busy = new Map<WorkerLike, { id: number; p: Pending<Result> }>();
  private nextId = 1;
  private broken: Error | undefined;
  private closing = false;

  constructor(spawn: SpawnWorker, name: WorkerName, size: number) {
    for (let i = 0; i < size; i++) {
      const w = spawn(name);
      w.on('message', (msg) => this.onMessage(w, msg as FromWorker<Result>));
      w.on('error', (err) => this.fail(new GapboardError('EVAL_FAILED', `${name} worker crashed: ${err.message}`)));
      w.on('exit', (code) => {
        if (!this.closing)
          this.fail(new GapboardError('EVAL_FAILED', `${name} worker exited unexpectedly (code ${code})`));
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  run(task: Task, transfer: ArrayBuffer[] = []): Promise<Result> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ task, transfer, p: { resolve, reject } });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    this.fail(new GapboardError('CANCELLED', 'worker pool closed'));
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop() as WorkerLike;
      const job = this.queue.shift() as (typeof this.queue)[number];
      const id = this.nextId++;
      this.busy.set(w, { id, p: job.p });
      w.postMessage({ type: 'start', id, task: job.task } satisfies ToWorker<Task>, job.transfer);
    }
  }

  private onMessage(w: WorkerLike, msg: FromWorker<Result>): void {
    const job = this.busy.get(w);
    if (msg.type === 'progress') return;
    if (!job || job.id !== msg.id) {
      this.fail(
        new GapboardError(
          'EVAL_FAILED',
          `worker answered a job it was not given (${JSON.stringify(msg).slice(0, 80)})`,
        ),
      );
      return;
    }
    this.busy.delete(w);
    this.idle.push(w);
    if (msg.type === 'done') job.p.resolve(msg.result);
    else if (msg.type === 'error') job.p.reject(new GapboardError('EVAL_FAILED', `worker failed: ${msg.message}`));
    else
      job.p.reject(
        new GapboardError(
          'EVAL_FAILED',
          `unknown message type from worker: ${String((msg as { type?: unknown }).type)}`,
        ),
      );
    this.pump();
  }

  /** A crashed worker poisons the pool: the run cannot finish correctly without it. */
  private fail(err: Error): void {
    this.broken ??= err;
    for (const { p } of this.busy.values()) p.reject(this.broken);
    this.busy.clear();
    for (const { p } of this.queue.splice(0)) p.reject(this.broken);
  }
}
