import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../main/core/eval/evaluate.js';
import { evaluateInWorker } from '../../../main/core/eval/run-in-worker.js';
import { readCsvTable } from '../../../main/core/eval/sources-files.js';
import { linearModel } from '../../helpers/onnx-builder.js';
import { flatGemmModel, tmp, writePng } from './fixtures.js';

let dir: string;
beforeAll(async () => {
  dir = await tmp('eval-worker');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('evaluateInWorker', () => {
  it('gives the same result as evaluate on the calling thread, with progress', async () => {
    const model = join(dir, 'id.onnx');
    await writeFile(
      model,
      linearModel({
        weights: [
          [1, 0],
          [0, 1],
        ],
      }),
    );
    const csv = join(dir, 't.csv');
    await writeFile(
      csv,
      'u,v,label\n' + Array.from({ length: 40 }, (_, i) => `${i % 3},${i % 5},${i % 2 ? 'p' : 'q'}`).join('\n'),
    );
    const seen: number[] = [];
    const inWorker = await evaluateInWorker(
      { options: { model, batch: 8 }, source: { layout: 'csv', path: csv } },
      { onProgress: (p) => seen.push(p.done) },
    );
    const direct = await evaluate({ model, batch: 8, source: await readCsvTable(csv) });
    expect(inWorker.predictions).toEqual(direct.predictions);
    expect(inWorker.metrics.accuracy).toBe(direct.metrics.accuracy);
    expect(seen.at(-1)).toBe(40);
  });

  it('decodes images in nested workers and keeps error codes across the boundary', async () => {
    for (const [cls, v] of [
      ['dark', 20],
      ['light', 230],
    ] as const)
      await writePng(join(dir, 'img', cls, '0.png'), 4, 4, () => [v, v, v]);
    const model = join(dir, 'gray.onnx');
    await writeFile(
      model,
      flatGemmModel(['N', 1, 4, 4], 2, (_k, c) => (c === 0 ? -1 / 16 : 1 / 16), [0.5, -0.5]),
    );
    const r = await evaluateInWorker({ options: { model }, source: { layout: 'imagefolder', path: join(dir, 'img') } });
    expect(r.metrics.accuracy).toBe(1);
    await writeFile(join(dir, 'bad.onnx'), 'nope');
    await expect(
      evaluateInWorker({
        options: { model: join(dir, 'bad.onnx') },
        source: { layout: 'imagefolder', path: join(dir, 'img') },
      }),
    ).rejects.toMatchObject({ code: 'BAD_MODEL' });
  });

  it('turns a crashed evaluation worker into EVAL_FAILED', async () => {
    const job = { options: { model: 'x.onnx' }, source: { layout: 'imagefolder' as const, path: dir } };
    await expect(evaluateInWorker(job, {}, () => new Worker('process.exit(9)', { eval: true }))).rejects.toMatchObject({
      code: 'EVAL_FAILED',
      message: expect.stringMatching(/exited unexpectedly \(code 9\)/) as string,
    });
  });

  it('cancels through the signal', async () => {
    const model = join(dir, 'id2.onnx');
    await writeFile(
      model,
      linearModel({
        weights: [
          [1, 0],
          [0, 1],
        ],
      }),
    );
    const csv = join(dir, 'big.csv');
    await writeFile(
      csv,
      'u,v,label\n' + Array.from({ length: 20000 }, (_, i) => `${i % 3},${i % 5},${i % 2 ? 'p' : 'q'}`).join('\n'),
    );
    const ac = new AbortController();
    const run = evaluateInWorker(
      { options: { model, batch: 4 }, source: { layout: 'csv', path: csv } },
      { signal: ac.signal, onProgress: () => ac.abort() },
    );
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});
