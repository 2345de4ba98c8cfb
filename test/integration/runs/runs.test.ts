/**
 * Models and runs on real files with real onnxruntime: registering, evaluating a dataset
 * version (split, slices) with metrics computed by hand, failures recorded as failed runs,
 * and cancelling.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectSession } from '../../../main/core/project/session.js';
import { ProjectSession as Session } from '../../../main/core/project/session.js';
import { recordRun, registerModel, runEvaluation, runGallery } from '../../../main/core/runs/index.js';
import { tempDir } from '../../helpers/temp.js';
import { readPredictions, runUse } from '../../../main/core/store/sample-data.js';
import { conf2, FAST, NOW, removeShadesTemplate, shadesCopy } from './fixtures.js';

let dir: string;
let session: ProjectSession;
beforeEach(async () => {
  dir = tempDir('gapboard-runs-');
  session = await Session.open(await shadesCopy(dir), { now: NOW });
});
afterEach(async () => {
  await session.close();
});

afterAll(removeShadesTemplate);

describe('registering a model', () => {
  it('stores its facts with a project-relative path and gives it the next id', async () => {
    const m = await registerModel(session, { path: path.join(dir, 'models/bright.onnx') });
    expect(m).toMatchObject({ id: 'M-1', name: 'bright', path: 'models/bright.onnx', params: 16 * 2 + 2 });
    expect(m.inputs).toEqual([{ name: 'x', type: 'float32', shape: ['N', 1, 4, 4] }]);
    expect(m.operators).toEqual({ Flatten: 1, Gemm: 1 });
    // A default name is made unique; an explicit taken name is refused.
    const again = await registerModel(session, {
      path: 'models/bright.onnx',
      trainedOn: { dataset: 'shades', version: 1 },
    });
    expect(again).toMatchObject({ id: 'M-2', name: 'bright-2', trainedOn: { dataset: 'shades', version: 1 } });
    await expect(registerModel(session, { path: 'models/three.onnx', name: 'bright' })).rejects.toMatchObject({
      code: 'BAD_ARGUMENT',
    });
    await expect(registerModel(session, { path: 'data/manifest.jsonl' })).rejects.toMatchObject({ code: 'BAD_MODEL' });
    expect(session.doc.counters.model).toBe(2);
  });
});

describe('evaluating a dataset version', () => {
  it('scores the test split with hand-computed metrics, per slice, and a least-confident-first gallery', async () => {
    await registerModel(session, { path: 'models/bright.onnx' });
    const progress: number[] = [];
    const draft = await runEvaluation(
      session,
      { model: 'bright', dataset: { name: 'shades', version: 1, split: 'test' }, settings: { batch: 4 } },
      { onProgress: (p) => progress.push(p.done) },
    );
    expect(draft.status).toBe('done');
    expect(draft.error).toBeUndefined();
    // test split, manifest (path) order: dark/0 20, dark/1 60, dark/2 150✗, light/0 220, light/1 100✗, light/2 200
    expect(draft.predictions?.columns).toEqual(['idx', 'truth', 'pred', 'conf']);
    expect(await readPredictions(session.storeDir, draft.predictions!, runUse('RUN-1'))).toEqual({
      truth: [0, 0, 0, 1, 1, 1],
      pred: [0, 0, 1, 1, 0, 1],
      conf: [20, 60, 150, 220, 100, 200].map(conf2),
    });
    expect(draft.confusion).toEqual([
      [2, 1],
      [1, 2],
    ]);
    const m = draft.metrics;
    expect(m.accuracy).toBeCloseTo(4 / 6, 12);
    expect(m.error_rate).toBeCloseTo(2 / 6, 12);
    expect(m['precision[dark]']).toBeCloseTo(2 / 3, 12);
    expect(m['recall[light]']).toBeCloseTo(2 / 3, 12);
    expect(m.min_class_recall).toBeCloseTo(2 / 3, 12);
    // rot: dark/1 ✓, dark/2 ✗, light/1 ✗; blur: light/1 ✗, light/2 ✓
    expect(m['slice[rot].accuracy']).toBeCloseTo(1 / 3, 12);
    expect(m['slice[blur].accuracy']).toBeCloseTo(1 / 2, 12);
    expect(m['slice[blur].recall[light]']).toBeCloseTo(1 / 2, 12);
    const bytes = (await readFile(path.join(dir, 'models/bright.onnx'))).length;
    expect(m.model_size_mb).toBe(bytes / 1e6);
    expect(m.params_m).toBe(34 / 1e6);
    expect(m.peak_memory_mb).toBeGreaterThan(10);
    expect(m.latency_p95_ms).toBeUndefined(); // no bench
    expect(draft.preprocessing).toMatchObject({
      kind: 'image',
      width: 4,
      height: 4,
      color: 'grayscale',
      classes: ['dark', 'light'],
    });
    expect(draft.settings).toEqual({ batch: 4, threads: 0, bench: false });
    expect(draft.dataset).toEqual({ name: 'shades', version: 1, split: 'test' });
    expect(draft.startedAt).toBe(NOW());
    expect(progress.at(-1)).toBe(6);

    const run = recordRun(session, draft);
    expect(run.id).toBe('RUN-1');
    const gallery = await runGallery(session.doc, session.storeDir, run);
    expect(gallery.total).toBe(2);
    // dark/2 (150) is nearer the 127.5 boundary than light/1 (100): it comes first.
    expect(gallery.items).toEqual([
      {
        index: 2,
        file: 'data/dark/2.png',
        truth: 'dark',
        pred: 'light',
        confidence: conf2(150) / 1000,
        slices: ['rot'],
      },
      {
        index: 4,
        file: 'data/light/1.png',
        truth: 'light',
        pred: 'dark',
        confidence: conf2(100) / 1000,
        slices: ['rot', 'blur'],
      },
    ]);
    expect((await runGallery(session.doc, session.storeDir, run, { slice: 'blur' })).items.map((i) => i.index)).toEqual(
      [4],
    );
    expect((await runGallery(session.doc, session.storeDir, run, { truth: 'dark' })).items.map((i) => i.index)).toEqual(
      [2],
    );
    expect(
      (await runGallery(session.doc, session.storeDir, run, { all: true, pred: 'dark' })).items.map((i) => i.index),
    ).toEqual([4, 1, 0]);
  });

  it('with bench on records speed figures, the latency bound it used and a serving-target warning', async () => {
    session.mutate('setup', (d) => {
      d.servingTargets.push({
        id: 'ST-1',
        name: 'laptop',
        mode: 'local',
        hardware: { cpu: 'i5', cores: 64, ramGb: 8, gpu: '' },
        runtime: { threads: null, executionProvider: 'cpu' },
      });
      d.requirements.push({
        id: 'R-1',
        title: 'fast',
        metric: 'latency_p95_ms',
        op: '<=',
        target: 5,
        unit: 'ms',
        priority: 'must',
        scope: {},
        servingTarget: 'ST-1',
        owner: '',
        rationale: '',
        source: { who: '' },
        createdAt: NOW(),
        history: [],
      });
    });
    await registerModel(session, { path: 'models/bright.onnx' });
    const draft = await runEvaluation(
      session,
      {
        model: 'M-1',
        dataset: { name: 'shades', version: 1 },
        settings: { bench: true, threads: 1 },
      },
      { speed: FAST },
    );
    expect(draft.status).toBe('done');
    expect(draft.settings).toMatchObject({ bench: true, threads: 1, latencyBoundMs: 5 });
    for (const k of [
      'latency_mean_ms',
      'latency_p50_ms',
      'latency_p95_ms',
      'latency_p99_ms',
      'throughput_qps',
      'server_qps',
    ])
      expect(draft.metrics[k], k).toBeGreaterThan(0);
    expect(draft.latencyHistogram?.counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
    expect(draft.environment.threads).toBe(1);
    expect(draft.flags).toContain(
      `environment differs from serving target ST-1 (laptop): ${draft.environment.cores} cores vs 64`,
    );
    expect(draft.metrics.accuracy).toBeCloseTo(5 / 8, 12); // all 8 samples: light/3 (30) is wrong too
  });
});

describe('failures stay contained', () => {
  it('records a failed run with the reason and leaves the other runs and the file otherwise untouched', async () => {
    await registerModel(session, { path: 'models/bright.onnx' });
    await registerModel(session, { path: 'models/three.onnx' });
    await registerModel(session, { path: 'models/nan.onnx' });
    const good = recordRun(
      session,
      await runEvaluation(session, { model: 'bright', dataset: { name: 'shades', version: 1 } }),
    );
    await session.save();
    const before = structuredClone(session.doc);

    const shape = await runEvaluation(session, { model: 'three', dataset: { name: 'shades', version: 1 } });
    expect(shape.status).toBe('failed');
    expect(shape.error).toMatch(/gives 3 scores per sample but there are 2 classes/);
    const nan = await runEvaluation(session, { model: 'nan', dataset: { name: 'shades', version: 1 } });
    expect(nan.status).toBe('failed');
    expect(nan.error).toMatch(/output 'y' is NaN/);
    expect(nan.metrics).toEqual({});
    expect(nan.predictions).toBeUndefined();
    const recorded = recordRun(session, nan);
    expect(recorded.id).toBe('RUN-2');
    await session.save();

    const reopened = await Session.open(session.file, { now: NOW, readOnly: true });
    const after = reopened.doc;
    await reopened.close();
    expect(after.runs[0]).toEqual(good);
    expect(after.runs[1]).toMatchObject({ id: 'RUN-2', status: 'failed', model: 'M-3', error: nan.error });
    expect({ ...after, runs: after.runs.slice(0, 1), counters: before.counters }).toEqual(before);
  });

  it('a missing model file is a failed run; an unknown model or split is refused up front', async () => {
    await registerModel(session, { path: 'models/bright.onnx' });
    session.mutate('move', (d) => void (d.models[0]!.path = 'models/gone.onnx'));
    const gone = await runEvaluation(session, { model: 'bright', dataset: { name: 'shades', version: 1 } });
    expect(gone).toMatchObject({ status: 'failed' });
    expect(gone.error).toMatch(/gone\.onnx/);
    await expect(
      runEvaluation(session, { model: 'nope', dataset: { name: 'shades', version: 1 } }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      runEvaluation(session, { model: 'bright', dataset: { name: 'shades', version: 1, split: 'val' } }),
    ).rejects.toThrow(/no samples in split "val" \(splits: .*test.*\)/);
  });

  it('cancelling rejects with CANCELLED and records nothing', async () => {
    await registerModel(session, { path: 'models/bright.onnx' });
    const ac = new AbortController();
    let abortedAt = 0;
    const abort = (): void => {
      abortedAt = performance.now();
      ac.abort();
    };
    // The speed pass runs for seconds; the evaluation is cancelled in the middle of it.
    const pending = runEvaluation(
      session,
      { model: 'bright', dataset: { name: 'shades', version: 1 }, settings: { bench: true } },
      { signal: ac.signal, speed: { maxSeconds: 10 }, onProgress: (p) => p.done === p.total && setTimeout(abort, 200) },
    );
    await expect(pending).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(abortedAt).toBeGreaterThan(0);
    expect(performance.now() - abortedAt).toBeLessThan(2000);
    expect(session.doc.runs).toEqual([]);
  });
});
