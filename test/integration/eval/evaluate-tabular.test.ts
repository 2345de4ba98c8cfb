import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../main/core/eval/evaluate.js';
import { readCsvTable } from '../../../main/core/eval/sources-files.js';
import { sourceFromSamples } from '../../../main/core/eval/sources.js';
import { linearModel, writeOnnxModel } from '../../helpers/onnx-builder.js';
import { bareArgmax, tmp } from './fixtures.js';

let dir: string;
beforeAll(async () => {
  dir = await tmp('eval-tab');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Buffer): Promise<string> {
  const p = join(dir, name);
  await writeFile(p, content);
  return p;
}

// y = x·I: the predicted class is the largest feature.
const identity3 = linearModel({
  weights: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
});

describe('evaluate on a CSV table', () => {
  it('matches hand-computed predictions, metrics and confusion', async () => {
    const model = await file('id3.onnx', identity3);
    // rows: a→a, b→b, c→a (wrong), c→c
    const csv = await file('hand.csv', 'f1,f2,f3,label\n5,1,1,a\n0,2,1,b\n3,0,1,c\n0,0,9,c\n');
    const r = await evaluate({ model, source: await readCsvTable(csv), batch: 3 });
    expect(r.n).toBe(4);
    expect(r.classes).toEqual(['a', 'b', 'c']);
    expect(r.predictions!.pred).toEqual([0, 1, 0, 2]);
    expect(r.predictions!.truth).toEqual([0, 1, 2, 2]);
    expect(r.confusion).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [1, 0, 1],
    ]);
    expect(r.metrics.accuracy).toBe(3 / 4);
    expect(r.metrics['recall[c]']).toBe(1 / 2);
    expect(r.metrics['precision[a]']).toBe(1 / 2);
    // logits [5,1,1] → softmax max = 1 / (1 + 2e^-4)
    expect(r.predictions!.conf[0]).toBe(Math.round(1000 / (1 + 2 * Math.exp(-4))));
    expect(r.environment.cores).toBeGreaterThan(0);
    expect(r.preprocessing).toEqual({
      kind: 'tabular',
      features: ['f1', 'f2', 'f3'],
      classes: ['a', 'b', 'c'],
      input: 'x',
      output: 'y',
    });
  });

  it('reports the same accuracy as a bare session.run over the same tensors', async () => {
    const weights = [
      [0.3, -1, 0.7, 0.1],
      [1.2, 0.4, -0.5, 0],
      [-0.8, 0.9, 0.2, 0.6],
    ];
    const buf = linearModel({ weights, bias: [0.1, 0, -0.1, 0.05], softmax: true });
    const model = await file('lin.onnx', buf);
    const rows: number[][] = [];
    const labels: string[] = [];
    let seed = 12345;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 4 - 2;
    for (let i = 0; i < 101; i++) {
      rows.push([rnd(), rnd(), rnd()]);
      labels.push(`k${i % 4}`);
    }
    const csv = await file('rand.csv', 'a,b,c,label\n' + rows.map((r, i) => `${r.join(',')},${labels[i]}`).join('\n'));
    const r = await evaluate({ model, source: await readCsvTable(csv), batch: 16 });
    const bare = await bareArgmax(buf, Float32Array.from(rows.flat()), [rows.length, 3]);
    const bareAcc = bare.filter((p, i) => p === Number(labels[i]!.slice(1))).length / rows.length;
    expect(r.predictions!.pred).toEqual(bare);
    expect(r.metrics.accuracy).toBe(bareAcc);
    expect(r.metrics.accuracy).toBeGreaterThan(0);
    expect(r.metrics.accuracy).toBeLessThan(1);
  });

  it('evaluates a model whose batch dimension is fixed at 1', async () => {
    const model = await file(
      'b1.onnx',
      linearModel({
        weights: [
          [1, 0],
          [0, 1],
        ],
        batch: 1,
      }),
    );
    const csv = await file('b1.csv', 'u,v,label\n1,0,p\n0,1,q\n1,0,q\n');
    const r = await evaluate({ model, source: await readCsvTable(csv), batch: 32 });
    expect(r.settings.batch).toBe(1);
    expect(r.predictions!.pred).toEqual([0, 1, 0]);
    expect(r.flags.join()).toMatch(/fixed at 1/);
  });

  it('scores a single numeric output with numeric labels as regression', async () => {
    // y = 2·u − v
    const model = await file('reg.onnx', linearModel({ weights: [[2], [-1]] }));
    const csv = await file('reg.csv', 'u,v,label\n1,1,1\n2,0,5\n0,1,-1\n');
    const r = await evaluate({ model, source: await readCsvTable(csv) });
    expect(r.task).toBe('regression');
    // predictions 1, 4, −1 → errors 0, −1, 0
    expect(r.values?.pred).toEqual([1, 4, -1]);
    expect(r.metrics.mae).toBe(1 / 3);
    expect(r.metrics.rmse).toBe(Math.sqrt(1 / 3));
    // mean truth 5/3; SS_tot = (−2/3)² + (10/3)² + (−8/3)² = 168/9
    expect(r.metrics.r2).toBeCloseTo(1 - 1 / (168 / 9), 12);
  });

  it('decodes a CTC text model with a charset and scores exact_match, cer, wer', async () => {
    // 4 steps × 3 symbols in, reshaped to [N, 4, 3]
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
    const r = await evaluate({ model, source: await readCsvTable(csv), charset: ['', 'a', 'b'] });
    expect(r.task).toBe('text');
    expect(r.texts).toEqual(['ab', 'bb']);
    expect(r.metrics.exact_match).toBe(1 / 2);
    expect(r.metrics.cer).toBe(1 / 4);
    expect(r.metrics.wer).toBe(1 / 2);
  });

  it('lists unusable rows as issues and scores the rest', async () => {
    const model = await file('id3b.onnx', identity3);
    const r = await evaluate({
      model,
      source: sourceFromSamples(
        [
          { path: 'r1', features: [1, 0, 0], label: 'a' },
          { path: 'r2', features: [0, 1, 0], label: 'zzz', problem: undefined },
          { path: 'r3', features: [0, 0, 1], label: 'c', problem: "column 'f' is not a number" },
          { path: 'r4', features: [0, 1, 0], label: 'b' },
        ],
        { kind: 'tabular', classes: ['a', 'b', 'c'], featureNames: ['x', 'y', 'z'] },
      ),
    });
    expect(r.n).toBe(2);
    expect(r.issues).toEqual([
      { path: 'r2', reason: "label 'zzz' is not one of the classes" },
      { path: 'r3', reason: "column 'f' is not a number" },
    ]);
    expect(r.predictions!.pred).toEqual([0, -1, -1, 1]);
    expect(r.metrics.accuracy).toBe(1);
  });
});

describe('evaluate fails cleanly', () => {
  const csv3 = 'f1,f2,f3,label\n1,0,0,a\n0,1,0,b\n0,0,1,c\n';

  it.each([
    ['corrupt model', () => identity3.subarray(0, 40), 'BAD_MODEL', /corrupt|cannot load/],
    ['non-ONNX file', () => Buffer.from('{"not": "a model"}'), 'BAD_MODEL', /not an ONNX model/],
    [
      'too few features for the input',
      () =>
        linearModel({
          weights: [
            [1, 0, 0],
            [0, 1, 0],
            [0, 0, 1],
            [1, 1, 1],
          ],
        }),
      'BAD_DATA',
      /3 feature column\(s\).*expects 4/,
    ],
    [
      'more classes than outputs',
      () =>
        linearModel({
          weights: [
            [1, 0],
            [0, 1],
            [1, 1],
          ],
        }),
      'BAD_DATA',
      /2 scores per sample but there are 3 classes/,
    ],
  ])('%s → %s', async (name, build, code, msg) => {
    const model = await file(`${name.replace(/\W+/g, '-')}.onnx`, build());
    const src = await readCsvTable(await file('three.csv', csv3));
    await expect(evaluate({ model, source: src })).rejects.toMatchObject({
      code,
      message: expect.stringMatching(msg) as string,
    });
  });

  it('rejects a shape mismatch onnxruntime only finds at run time', async () => {
    // Symbolic feature dim, but Gemm needs 3 features.
    const model = await file(
      'sym.onnx',
      writeOnnxModel({
        inputs: [{ name: 'x', shape: ['N', 'F'] }],
        outputs: [{ name: 'y', shape: ['N', 3] }],
        nodes: [{ op: 'Gemm', inputs: ['x', 'W'], outputs: ['y'] }],
        initializers: [{ name: 'W', dims: [3, 3], data: [1, 0, 0, 0, 1, 0, 0, 0, 1] }],
      }),
    );
    const src = await readCsvTable(await file('two.csv', 'p,q,label\n1,2,a\n2,1,b\n3,3,c\n'));
    await expect(evaluate({ model, source: src, preprocessing: { classes: ['a', 'b', 'c'] } })).rejects.toMatchObject({
      code: 'EVAL_FAILED',
      message: expect.stringMatching(/inference failed for input 'x' \[3, 2\]/) as string,
    });
  });

  it('rejects NaN outputs naming the sample', async () => {
    const model = await file(
      'sqrt.onnx',
      writeOnnxModel({
        inputs: [{ name: 'x', shape: ['N', 2] }],
        outputs: [{ name: 'y', shape: ['N', 2] }],
        nodes: [{ op: 'Sqrt', inputs: ['x'], outputs: ['y'] }],
      }),
    );
    const src = await readCsvTable(await file('neg.csv', 'p,q,label\n1,4,a\n-1,4,b\n'));
    await expect(evaluate({ model, source: src })).rejects.toMatchObject({
      code: 'EVAL_FAILED',
      message: expect.stringMatching(/output 'y' is NaN for sample neg\.csv line 3/) as string,
    });
  });

  it('stops with CANCELLED when the signal aborts, and reports progress before', async () => {
    const model = await file('id3c.onnx', identity3);
    const rows = Array.from({ length: 500 }, (_, i) => `${i % 3},1,2,${'abc'[i % 3]}`).join('\n');
    const src = await readCsvTable(await file('many.csv', `f1,f2,f3,label\n${rows}\n`));
    const ac = new AbortController();
    const seen: number[] = [];
    await expect(
      evaluate(
        { model, source: src, batch: 10 },
        { signal: ac.signal, onProgress: (p) => (seen.push(p.done), ac.abort()) },
      ),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]).toBeLessThan(500);
  });
});
