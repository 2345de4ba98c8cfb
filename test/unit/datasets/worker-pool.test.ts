import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createWorkerPool } from '../../../main/core/datasets/worker-pool.js';
import { parseFromWorker } from '../../../main/core/datasets/worker-protocol.js';

/** A stand-in worker (plain JS, no tsx) that answers every job with `reply`. */
const fakeWorker = (reply: string) => () =>
  new Worker(
    `const { parentPort } = require('node:worker_threads'); parentPort.on('message', (m) => parentPort.postMessage(${reply}));`,
    {
      eval: true,
    },
  );

describe('scan worker protocol', () => {
  it('rejects a message type it does not define', () => {
    expect(() => parseFromWorker({ type: 'bogus' })).toThrow(/unknown message type/);
    expect(() => parseFromWorker(null)).toThrow(/unknown message type/);
    expect(parseFromWorker({ type: 'done', jobId: 1, result: { kind: 'files', results: [] } }).type).toBe('done');
  });

  it('fails the job when a worker answers with an unknown type, instead of hanging', async () => {
    const pool = createWorkerPool(fakeWorker(`{ type: 'hello', jobId: m.jobId }`), 1);
    await expect(pool.run({ kind: 'files', items: [] })).rejects.toThrow(/unknown message type: "hello"/);
    await pool.close();
  });

  it('passes a worker-reported error on', async () => {
    const pool = createWorkerPool(fakeWorker(`{ type: 'error', jobId: m.jobId, message: 'disk on fire' }`), 1);
    await expect(pool.run({ kind: 'files', items: [] })).rejects.toThrow(/disk on fire/);
    await pool.close();
  });

  it('uses an injected spawnWorker for every worker', async () => {
    let spawned = 0;
    const spawn = fakeWorker(`{ type: 'done', jobId: m.jobId, result: { kind: 'files', results: [] } }`);
    const pool = createWorkerPool(() => (spawned++, spawn()), 2);
    await Promise.all([1, 2, 3, 4].map(() => pool.run({ kind: 'files', items: [] })));
    await pool.close();
    expect(spawned).toBe(2);
  });

  it('fails queued jobs with CANCELLED when aborted', async () => {
    const ctl = new AbortController();
    const pool = createWorkerPool(fakeWorker(`undefined`), 1, ctl.signal);
    const p = pool.run({ kind: 'files', items: [] });
    ctl.abort();
    await expect(p).rejects.toMatchObject({ code: 'CANCELLED' });
    await pool.close();
  });
});
