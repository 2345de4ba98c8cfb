/**
 * A recorded run streams its predictions into the store while it evaluates. The file it
 * writes must be the very file the evaluation's in-memory columns give when written whole
 * (same rows, same order, same bytes, same hash) for every kind of task, and a cancelled or
 * failed evaluation must leave nothing in the store.
 */
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, type EvaluateOptions } from '../../../main/core/eval/evaluate.js';
import { evaluateIntoStore } from '../../../main/core/eval/record-predictions.js';
import { readCsvTable } from '../../../main/core/eval/sources-files.js';
import { sourceFromSamples, type EvalSample, type EvalSource } from '../../../main/core/eval/sources.js';
import { readPredictions, runUse, writePredictions } from '../../../main/core/store/sample-data.js';
import { linearModel, writeOnnxModel } from '../../helpers/onnx-builder.js';
import { tmp } from './fixtures.js';

let dir: string;
beforeAll(async () => {
  dir = await tmp('eval-record');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Buffer): Promise<string> {
  const p = join(dir, name);
  await writeFile(p, content);
  return p;
}

const identity3 = linearModel({
  weights: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
});

/** The metrics that depend on the data only (peak memory differs from one evaluation to the next). */
const quality = (m: Record<string, number | null>) => ({ ...m, peak_memory_mb: undefined });

/** Evaluates twice: kept in memory then written whole, and streamed into another store. */
async function bothWays(
  name: string,
  opts: (source: EvalSource) => EvaluateOptions,
  source: () => Promise<EvalSource>,
) {
  const kept = await evaluate(opts(await source()));
  const whole = await writePredictions(join(dir, `${name}-whole.store`), {
    truth: kept.predictions!.truth,
    pred: kept.predictions!.pred,
    conf: kept.predictions!.conf,
    ...(kept.values ? { values: kept.values.pred.map((x) => (Number.isFinite(x) ? x : null)) } : {}),
    ...(kept.texts ? { texts: kept.texts } : {}),
  });
  const streamed = await evaluateIntoStore(opts(await source()), {}, join(dir, `${name}-streamed.store`));
  return { kept, whole, streamed };
}

describe('a recorded evaluation streams its predictions into the store', () => {
  it('writes the same file as the whole columns for a classification with refused samples', async () => {
    const model = await file('id3.onnx', identity3);
    const samples: EvalSample[] = [
      { path: 'r1', features: [1, 0, 0], label: 'a', slices: ['x'] },
      { path: 'r2', features: [0, 1, 0], label: 'zzz' },
      { path: 'r3', features: [0, 0, 1], label: 'c', problem: "column 'f' is not a number" },
      { path: 'r4', features: [0, 1, 0], label: 'b', slices: ['x', 'y'] },
      { path: 'r5', features: [0, 9, 1], label: 'c', slices: ['y'] },
    ];
    const src = async () =>
      sourceFromSamples(samples, { kind: 'tabular', classes: ['a', 'b', 'c'], featureNames: ['u', 'v', 'w'] });
    const { kept, whole, streamed } = await bothWays('cls', (source) => ({ model, source, batch: 2 }), src);
    expect(streamed.stored).toEqual(whole);
    expect(streamed.stored!.columns).toEqual(['idx', 'truth', 'pred', 'conf']);
    expect(streamed.predictions).toBeUndefined();
    expect(quality(streamed.metrics)).toEqual(quality(kept.metrics));
    // By hand: r1 a→a, r4 b→b, r5 c→b; r2 and r3 are not scored.
    expect(streamed.metrics.accuracy).toBe(2 / 3);
    expect(streamed.metrics['slice[x].accuracy']).toBe(1);
    expect(streamed.metrics['slice[y].accuracy']).toBe(1 / 2);
    const back = await readPredictions(join(dir, 'cls-streamed.store'), streamed.stored!, runUse('RUN-1'));
    expect(back.truth).toEqual([0, -1, -1, 1, 2]);
    expect(back.pred).toEqual([0, -1, -1, 1, 1]);
  });

  it('writes the same file for a regression (value column, null where not scored)', async () => {
    const model = await file('reg.onnx', linearModel({ weights: [[2], [-1]] }));
    const csv = await file('reg.csv', 'u,v,label\n1,1,1\n2,0,5\n0,1,-1\n3,x,2\n');
    const { kept, whole, streamed } = await bothWays(
      'reg',
      (source) => ({ model, source }),
      () => readCsvTable(csv),
    );
    expect(streamed.task).toBe('regression');
    expect(streamed.stored).toEqual(whole);
    expect(streamed.stored!.columns).toEqual(['idx', 'truth', 'pred', 'conf', 'value']);
    expect(quality(streamed.metrics)).toEqual(quality(kept.metrics));
    const back = await readPredictions(join(dir, 'reg-streamed.store'), streamed.stored!, runUse('RUN-1'));
    expect(back.values).toEqual([1, 4, -1, null]);
  });

  it('writes the same file for a text model (text column)', async () => {
    const model = await file(
      'ctc.onnx',
      writeOnnxModel({
        inputs: [{ name: 'x', shape: ['N', 12] }],
        outputs: [{ name: 'y', shape: ['N', 4, 3] }],
        nodes: [{ op: 'Reshape', inputs: ['x', 'shape'], outputs: ['y'] }],
        initializers: [{ name: 'shape', dims: [3], data: [-1, 4, 3], type: 'int64' }],
      }),
    );
    const onehot = (steps: number[]) => steps.flatMap((s) => [0, 1, 2].map((c) => (c === s ? 1 : 0)));
    const header = Array.from({ length: 12 }, (_, i) => `s${i}`).join(',');
    const csv = await file(
      'ctc.csv',
      `${header},label\n${onehot([1, 1, 0, 2]).join(',')},ab\n${onehot([2, 0, 2, 2]).join(',')},ab\n`,
    );
    const opts = (source: EvalSource): EvaluateOptions => ({ model, source, charset: ['', 'a', 'b'] });
    const { kept, whole, streamed } = await bothWays('ctc', opts, () => readCsvTable(csv));
    expect(streamed.stored).toEqual(whole);
    expect(streamed.stored!.columns).toEqual(['idx', 'truth', 'pred', 'conf', 'text']);
    expect(quality(streamed.metrics)).toEqual(quality(kept.metrics));
    const back = await readPredictions(join(dir, 'ctc-streamed.store'), streamed.stored!, runUse('RUN-1'));
    expect(back.texts).toEqual(['ab', 'bb']);
  });

  it('leaves nothing in the store when cancelled after rows were already written', async () => {
    const model = await file('id3c.onnx', identity3);
    const ac = new AbortController();
    const n = 3000;
    const source: EvalSource = {
      kind: 'tabular',
      classes: ['a', 'b', 'c'],
      count: n,
      featureNames: ['u', 'v', 'w'],
      label: 'many rows',
      async *samples() {
        for (let i = 0; i < n; i++) {
          // Cancel near the end: with 16-row batches and a few chunks in flight, more than
          // 2,048 rows (two groups) have gone to the writer by then.
          if (i === 2900) ac.abort();
          yield { path: `r${i}`, features: [i % 3, 1, 0], label: 'a' };
        }
      },
    };
    const store = join(dir, 'cancel.store');
    await expect(evaluateIntoStore({ model, source, batch: 16 }, { signal: ac.signal }, store)).rejects.toMatchObject({
      code: 'CANCELLED',
    });
    expect(await readdir(store)).toEqual([]);
  });

  it('stops with the writer’s reason when the store cannot be written', async () => {
    const model = await file('id3d.onnx', identity3);
    const notAFolder = await file('occupied', 'a file where the store folder should be');
    const source = sourceFromSamples([{ path: 'r1', features: [1, 0, 0], label: 'a' }], {
      kind: 'tabular',
      classes: ['a', 'b', 'c'],
      featureNames: ['u', 'v', 'w'],
    });
    await expect(evaluateIntoStore({ model, source }, {}, notAFolder)).rejects.toThrow(
      /EEXIST|ENOTDIR|not a directory/,
    );
  });
});
