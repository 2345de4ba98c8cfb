/** Worker-thread entry that runs a whole evaluation off the caller's thread. */
import { parentPort } from 'node:worker_threads';
import { evaluate, type EvalProgress, type EvalResult } from './evaluate.js';
import { evaluateIntoStore } from './record-predictions.js';
import { openSource, type EvalJob } from './source-spec.js';
import { bindWorker } from './worker-protocol.js';

if (!parentPort) throw new Error('eval-worker must run in a worker thread');
bindWorker<EvalJob, EvalResult, EvalProgress>(parentPort, async (job, ctx) => {
  const opts = { ...job.options, source: await openSource(job.source) };
  const hooks = { signal: ctx.signal, onProgress: ctx.progress };
  return job.recordInto ? evaluateIntoStore(opts, hooks, job.recordInto) : evaluate(opts, hooks);
});
