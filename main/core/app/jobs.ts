/**
 * Long work (scans, hashing, evaluations) as jobs: each runs off the request that started it,
 * reports progress (done / total, rate, ETA) as events at most every 100 ms, and can be
 * cancelled through its AbortSignal. The UI stays responsive because nothing awaits a job.
 */
import type { JobInfo } from '../../../shared/contract.js';
import { GapboardError } from '../project/errors.js';

export interface JobContext {
  signal: AbortSignal;
  progress: (done: number, total: number) => void;
}

const PROGRESS_INTERVAL_MS = 100;
/** Finished jobs kept for the UI to read their result. */
const KEEP_FINISHED = 50;

interface Entry {
  info: JobInfo;
  controller: AbortController;
  startedAt: number;
  lastEmit: number;
  finished: Promise<void>;
}

export class JobRunner {
  private seq = 0;
  private readonly jobs = new Map<string, Entry>();

  constructor(
    private readonly emit: (info: JobInfo) => void,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** Starts `work` and returns at once; `onDone` runs with the result before the job ends. */
  start<T>(
    kind: string,
    label: string,
    work: (ctx: JobContext) => Promise<T>,
    onDone?: (result: T) => unknown,
    subject?: Record<string, string>,
  ): JobInfo {
    const id = `job-${++this.seq}`;
    const controller = new AbortController();
    const info: JobInfo = {
      id,
      kind,
      label,
      ...(subject ? { subject } : {}),
      status: 'running',
      done: 0,
      total: 0,
      rate: 0,
      etaSeconds: null,
      error: null,
      result: null,
    };
    const entry: Entry = { info, controller, startedAt: this.clock(), lastEmit: 0, finished: Promise.resolve() };
    this.jobs.set(id, entry);
    const ctx: JobContext = {
      signal: controller.signal,
      progress: (done, total) => this.progress(entry, done, total),
    };
    entry.finished = (async () => {
      try {
        const result = await work(ctx);
        if (controller.signal.aborted) throw new GapboardError('CANCELLED', `${label} was cancelled.`);
        info.result = (await onDone?.(result)) ?? result;
        info.status = 'done';
      } catch (err) {
        const cancelled = controller.signal.aborted || (err instanceof GapboardError && err.code === 'CANCELLED');
        info.status = cancelled ? 'cancelled' : 'failed';
        info.error = cancelled ? null : err instanceof Error ? err.message : String(err);
      }
      this.emit({ ...info });
      this.prune();
    })();
    this.emit({ ...info });
    return { ...info };
  }

  private progress(entry: Entry, done: number, total: number): void {
    const { info } = entry;
    info.done = done;
    info.total = total;
    const now = this.clock();
    const seconds = (now - entry.startedAt) / 1000;
    info.rate = seconds > 0 ? done / seconds : 0;
    info.etaSeconds = info.rate > 0 && total >= done ? (total - done) / info.rate : null;
    if (now - entry.lastEmit >= PROGRESS_INTERVAL_MS || done === total) {
      entry.lastEmit = now;
      this.emit({ ...info });
    }
  }

  get(id: string): JobInfo {
    const entry = this.jobs.get(id);
    if (!entry) throw new GapboardError('NOT_FOUND', `There is no job ${id}.`);
    return { ...entry.info };
  }

  list(): JobInfo[] {
    return [...this.jobs.values()].map((e) => ({ ...e.info, result: null }));
  }

  cancel(id: string): JobInfo {
    const entry = this.jobs.get(id);
    if (!entry) throw new GapboardError('NOT_FOUND', `There is no job ${id}.`);
    entry.controller.abort();
    return { ...entry.info };
  }

  /** Resolves when the job has ended, whatever the outcome (tests and the CLI wait on it). */
  async wait(id: string): Promise<JobInfo> {
    const entry = this.jobs.get(id);
    if (!entry) throw new GapboardError('NOT_FOUND', `There is no job ${id}.`);
    await entry.finished;
    return { ...entry.info };
  }

  /** Cancels everything (closing the project or quitting). */
  async cancelAll(): Promise<void> {
    for (const e of this.jobs.values()) e.controller.abort();
    await Promise.all([...this.jobs.values()].map((e) => e.finished));
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((e) => e.info.status !== 'running');
    for (const e of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(e.info.id);
  }
}
