/** Worker-thread entry: binds `runJob` to the message port (protocol in worker-protocol.ts). */
import { parentPort } from 'node:worker_threads';
import { READ_CHUNK, runJob } from './run-job.js';
import { parseToWorker, type FromWorker } from './worker-protocol.js';

const port = parentPort;
if (!port) throw new Error('scan-worker.ts must run in a worker thread');
const buf = Buffer.allocUnsafe(READ_CHUNK);
const PROGRESS_EVERY_MS = 200;

port.on('message', (raw: unknown) => {
  let jobId = -1;
  try {
    const msg = parseToWorker(raw);
    jobId = msg.jobId;
    let last = Date.now();
    const result = runJob(msg.job, buf, (done, bytes) => {
      const now = Date.now();
      if (now - last < PROGRESS_EVERY_MS) return;
      last = now;
      port.postMessage({ type: 'progress', jobId, done, bytes } satisfies FromWorker);
    });
    port.postMessage({ type: 'done', jobId, result } satisfies FromWorker);
  } catch (err) {
    port.postMessage({ type: 'error', jobId, message: (err as Error).message } satisfies FromWorker);
  }
});
