/**
 * The message protocol between the evaluation and its worker threads (CONVENTIONS rule 5):
 * a discriminated union, work done by a pure function, and a few lines binding it to a port.
 */
import type { MessagePort } from 'node:worker_threads';

export type ToWorker<Task> = { type: 'start'; id: number; task: Task };

export type FromWorker<Result> =
  | { type: 'progress'; id: number; done: number }
  | { type: 'done'; id: number; result: Result }
  | { type: 'error'; id: number; message: string };

/** Minimal port surface, so tests can bind a worker body to an in-memory channel. */
export type PortLike = Pick<MessagePort, 'postMessage' | 'on'>;

/**
 * Runs `work` for every `start` message and answers `done` or `error`. `transfer` names the
 * buffers of a result that move (not copy) back to the parent.
 */
export function bindWorker<Task, Result>(
  port: PortLike,
  work: (task: Task) => Promise<Result> | Result,
  transfer: (result: Result) => ArrayBuffer[] = () => [],
): void {
  port.on('message', (msg: { type?: unknown; id?: unknown; task?: unknown }) => {
    const id = typeof msg?.id === 'number' ? msg.id : -1;
    if (msg?.type !== 'start') {
      const reply: FromWorker<Result> = { type: 'error', id, message: `unknown message type '${String(msg?.type)}'` };
      port.postMessage(reply);
      return;
    }
    Promise.resolve()
      .then(() => work(msg.task as Task))
      .then(
        (result) => port.postMessage({ type: 'done', id, result } satisfies FromWorker<Result>, transfer(result)),
        (err: unknown) =>
          port.postMessage({
            type: 'error',
            id,
            message: err instanceof Error ? err.message : String(err),
          } satisfies FromWorker<Result>),
      );
  });
}
