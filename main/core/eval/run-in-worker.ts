/**
 * Runs `evaluate` in a worker thread: onnxruntime's `session.run` blocks the calling thread
 * for each batch, so the Electron main process (and its IPC) would stall if it ran there.
 * A crash or out-of-memory of the worker becomes a rejected promise, never a dead app.
 */
import { GapboardError } from '../project/errors.js';
import type { EvalProgress, EvalResult, EvaluateHooks } from './evaluate.js';
import type { EvalJob } from './source-spec.js';
import type { FromWorker, ToWorker } from './worker-protocol.js';
import { defaultSpawnWorker, type SpawnWorker } from './worker-pool.js';

export async function evaluateInWorker(
  job: EvalJob,
  hooks: EvaluateHooks = {},
  spawn: SpawnWorker = defaultSpawnWorker,
): Promise<EvalResult> {
  if (hooks.signal?.aborted) throw new GapboardError('CANCELLED', 'evaluation cancelled');
  const worker = spawn('eval');
  const id = 1;
  try {
    return await new Promise<EvalResult>((resolve, reject) => {
      const onAbort = (): void => worker.postMessage({ type: 'cancel', id } satisfies ToWorker<EvalJob>);
      hooks.signal?.addEventListener('abort', onAbort, { once: true });
      worker.on('message', (raw) => {
        const msg = raw as FromWorker<EvalResult, EvalProgress>;
        if (msg.type === 'progress') hooks.onProgress?.(msg.progress);
        else if (msg.type === 'done') resolve(msg.result);
        else if (msg.type === 'error') reject(new GapboardError(msg.code ?? 'EVAL_FAILED', msg.message));
        else
          reject(
            new GapboardError(
              'EVAL_FAILED',
              `unknown message type from eval worker: ${String((msg as { type?: unknown }).type)}`,
            ),
          );
      });
      worker.on('error', (err) =>
        reject(new GapboardError('EVAL_FAILED', `evaluation worker crashed: ${err.message}`)),
      );
      worker.on('exit', (code) =>
        reject(new GapboardError('EVAL_FAILED', `evaluation worker exited unexpectedly (code ${code})`)),
      );
      worker.postMessage({ type: 'start', id, task: job } satisfies ToWorker<EvalJob>);
    });
  } finally {
    await worker.terminate();
  }
}
