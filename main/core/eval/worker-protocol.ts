/**
 * The message protocol between the evaluation and its worker threads:
 * a discriminated union, work done by a pure function, and a few lines binding it to a port.
 */
import type { MessagePort } from 'node:worker_threads';
import { GapboardError, type GapboardErrorCode } from '../project/errors.js';

export type ToWorker<Task> = { type: 'start'; id: number; task: Task } | { type: 'cancel'; id: number };

export type FromWorker<Result, Progress = unknown> =
  | { type: 'progress'; id: number; progress: Progress }
  | { type: 'done'; id: number; result: Result }
  | { type: 'error'; id: number; message: string; code?: GapboardErrorCode };

/** Minimal port surface, so tests can bind a worker body to an in-memory channel. */
export type PortLike = Pick<MessagePort, 'postMessage' | 'on'>;

export interface WorkContext<Progress> {
  signal: AbortSignal;
  progress: (p: Progress) => void;
}

/**
 * Runs `work` for every `start` message and answers `done` or `error`; `cancel` aborts the
 * job's signal. `transfer` names the buffers of a result that move (not copy) to the parent.
 */
export function bindWorker<Task, Result, Progress = unknown>(
  port: PortLike,
  work: (task: Task, ctx: WorkContext<Progress>) => Promise<Result> | Result,
  transfer: (result: Result) => ArrayBuffer[] = () => [],
): void {
  const running = new Map<number, AbortController>();
  const post = (msg: FromWorker<Result, Progress>, list: ArrayBuffer[] = []): void => port.postMessage(msg, list);
  port.on('message', (msg: { type?: unknown; id?: unknown; task?: unknown }) => {
    const id = typeof msg?.id === 'number' ? msg.id : -1;
    if (msg?.type === 'cancel') {
      running.get(id)?.abort();
      return;
    }
    if (msg?.type !== 'start') {
      post({ type: 'error', id, message: `unknown message type '${String(msg?.type)}'` });
      return;
    }
    const ac = new AbortController();
    running.set(id, ac);
    const ctx: WorkContext<Progress> = {
      signal: ac.signal,
      progress: (progress) => post({ type: 'progress', id, progress }),
    };
    Promise.resolve()
      .then(() => work(msg.task as Task, ctx))
      .then(
        (result) => post({ type: 'done', id, result }, transfer(result)),
        (err: unknown) =>
          post({
            type: 'error',
            id,
            message: err instanceof Error ? err.message : String(err),
            ...(err instanceof GapboardError ? { code: err.code } : {}),
          }),
      )
      .finally(() => running.delete(id));
  });
}
