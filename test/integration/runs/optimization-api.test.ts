/**
 * Variants, model diff, trade-off and capacity through the API router, on the shades project
 * (uniform-gray PNGs; a brightness model whose answers are known by hand: on the test split
 * dark/2 and light/1 are wrong, so accuracy is 4/6). Its weights are ±1/16 in every column,
 * which int8 with a per-column scale of (1/16)/127 stores exactly, so the variant must agree
 * with its parent on every sample.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobInfo, ProjectView } from '../../../shared/contract.js';
import type {
  CapacityPlan,
  ModelDiff,
  QuantizeOutcome,
  Tradeoff,
  VariantComparisonResult,
} from '../../../shared/contract/optimization-methods.js';
import type { GapboardCore } from '../../../main/core/app/create-core.js';
import { removeShadesTemplate } from './fixtures.js';
import { openShadesApi, type ShadesApi } from './shades-api.js';

let core: GapboardCore;
let dispatch: ShadesApi['dispatch'];
let dir: string;
let ok: ShadesApi['ok'];

async function evaluate(model: string): Promise<string> {
  const started = await ok<JobInfo>('runs.start', { model, dataset: { name: 'shades', version: 1, split: 'test' } });
  const done = (await core.jobs.wait(started.id)) as JobInfo & { result: { runId: string } };
  return done.result.runId;
}

beforeEach(async () => {
  ({ core, dispatch, dir, ok } = await openShadesApi('gapboard-opt-api-'));
  await ok('models.add', { path: 'models/bright.onnx', name: 'bright' });
});
afterEach(async () => core.dispose());
afterAll(removeShadesTemplate);

describe('variants through the API', () => {
  it('quantizes, evaluates the variant and weighs it against the parent on common samples', async () => {
    const q = await ok<{ outcome: QuantizeOutcome; project: ProjectView }>('models.quantize', { model: 'bright' });
    expect(q.outcome.model).toMatchObject({ id: 'M-2', name: 'bright-int8', path: 'models/bright-int8.onnx' });
    expect(q.outcome.model.variantOf).toMatchObject({ model: 'M-1', kind: 'quantized' });
    expect(q.outcome.quantized.map((w) => [w.weight, w.dims, w.method, w.scheme])).toEqual([
      ['W', [16, 2], 'MatMulInteger', 'per-channel'],
    ]);
    // 32 float weights → 32 int8 bytes plus two scales and zero points (the file itself is so
    // small that the extra node outweighs the saving; the sample's models shrink ~4×).
    expect(q.outcome.quantized[0]).toMatchObject({ floatBytes: 128, int8Bytes: 42 });
    expect(q.project.dirty).toBe(true);

    const parentRun = await evaluate('bright');
    const variantRun = await evaluate('bright-int8');
    const cmp = await ok<VariantComparisonResult>('runs.variantCompare', { id: variantRun });
    if (!cmp.ok) throw new Error(cmp.reason);
    expect(cmp.value.parent).toEqual({ run: parentRun, model: 'M-1', name: 'bright' });
    expect(cmp.value.common).toBe(6);
    expect(cmp.value.overall).toEqual({
      label: null,
      n: 6,
      parent: 4 / 6,
      variant: 4 / 6,
      delta: 0,
      parentOnly: 0,
      variantOnly: 0,
      pValue: 1,
    });
    expect(cmp.value.perClass.map((c) => [c.label, c.n, c.parent])).toEqual([
      ['dark', 3, 2 / 3],
      ['light', 3, 2 / 3],
    ]);

    const notVariant = await ok<VariantComparisonResult>('runs.variantCompare', { id: parentRun });
    expect(notVariant).toEqual({ ok: false, reason: `${parentRun}'s model is not registered as a variant.` });

    const diff = await ok<ModelDiff>('models.diff', { a: 'bright', b: 'bright-int8' });
    expect(diff.operators.find((o) => o.key === 'Gemm')).toEqual({ key: 'Gemm', a: 1, b: 0, delta: -1 });
    expect(diff.operators.find((o) => o.key === 'MatMulInteger')).toEqual({
      key: 'MatMulInteger',
      a: 0,
      b: 1,
      delta: 1,
    });
  });

  it('records, refuses cycles in, and clears which model a model is a variant of', async () => {
    await ok('models.add', { path: 'models/bright.onnx', name: 'copy' });
    const view = await ok<ProjectView>('models.setVariant', { id: 'copy', parent: 'bright', kind: 'pruned' });
    expect(view.doc.models[1]?.variantOf).toEqual({ model: 'M-1', kind: 'pruned', note: '' });
    const cycle = await dispatch('models.setVariant', { id: 'bright', parent: 'copy' });
    expect(cycle).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    expect(!cycle.ok && cycle.error.message).toMatch(/bright cannot be a variant of copy: that makes a cycle/);
    const cleared = await ok<ProjectView>('models.setVariant', { id: 'copy', parent: null });
    expect(cleared.doc.models[1]).not.toHaveProperty('variantOf');
    const bad = await dispatch('models.setVariant', { id: 'copy', parent: 'bright', kind: 'shrunk' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
  });

  it('a model with nothing left to quantize gets a message naming why; no file or model appears', async () => {
    await ok('models.add', { path: 'models/three.onnx', name: 'three' });
    await ok('models.quantize', { model: 'three' });
    const missing = await dispatch('models.quantize', { model: 'nope' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // Its Gemm is gone: MatMulInteger reads an int8 weight, which is not a float32 matrix.
    const twice = await dispatch('models.quantize', { model: 'three-int8' });
    expect(twice).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    expect(!twice.ok && twice.error.message).toMatch(
      /^Nothing in three-int8\.onnx can be quantized: the graph has no MatMul or Gemm node/,
    );
    expect(existsSync(path.join(dir, 'models/three-int8-int8.onnx'))).toBe(false);
    const view = await ok<ProjectView>('project.current', {});
    expect(view.doc.models.map((m) => m.name)).toEqual(['bright', 'three', 'three-int8']);
  });
});

describe('trade-off and capacity through the API', () => {
  it('lists runs lacking a figure as left out, and says why a run has no machine count', async () => {
    const run = await evaluate('bright');
    const t = await ok<Tradeoff>('runs.tradeoff', {});
    expect(t).toMatchObject({ x: 'latency_p95_ms', y: 'accuracy', points: [] });
    expect(t.missing).toEqual([{ run, key: 'latency_p95_ms' }]);
    const t2 = await ok<Tradeoff>('runs.tradeoff', { x: 'macro_recall', y: 'accuracy' });
    expect(t2.points.map((p) => [p.run, p.x, p.y, p.front])).toEqual([[run, 4 / 6, 4 / 6, true]]);

    expect(await ok<CapacityPlan[]>('runs.capacity', { id: run })).toEqual([]);
    const [plan] = await ok<CapacityPlan[]>('runs.capacity', { id: run, qps: 100 });
    expect(plan?.line).toMatchObject({ machines: null, formula: expect.stringMatching(/has no server QPS/) as string });
    const bad = await dispatch('runs.capacity', { id: run, qps: -1 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
  });
});
