/** Worker-thread entry for image decoding; the work itself is `decodeChunk`. */
import { parentPort } from 'node:worker_threads';
import { decodeChunk, type DecodeResult, type DecodeTask } from './decode-work.js';
import { bindWorker } from './worker-protocol.js';

if (!parentPort) throw new Error('decode-worker must run in a worker thread');
bindWorker(
  parentPort,
  (task: DecodeTask) => decodeChunk(task),
  (r: DecodeResult) => [r.data.buffer as ArrayBuffer],
);
