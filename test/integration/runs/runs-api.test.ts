/**
 * The models and runs API through the router: registering, an evaluation as a job recorded
 * when it ends, the gallery and comparison pages, a failed run, and cancelling a job.
 */
import path from 'node:path';
import { readPredictions, runUse } from '../../../main/core/store/sample-data.js';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobInfo } from '../../../shared/contract.js';
import type { GalleryItem, RunComparison } from '../../../shared/contract/run-methods.js';
import type { GapboardCore } from '../../../main/core/app/create-core.js';
import type { Run } from '../../../shared/schema.js';
import { removeShadesTemplate } from './fixtures.js';
import { openShadesApi, type ShadesApi } from './shades-api.js';

let core: GapboardCore;
let dispatch: ShadesApi['dispatch'];
let ok: ShadesApi['ok'];
let dir: string;

async function evaluateJob(args: unknown): Promise<JobInfo & { result: { runId: string } }> {
  const started = await ok<JobInfo>('runs.start', args);
  expect(started.kind).toBe('run.evaluate');
  return (await core.jobs.wait(started.id)) as JobInfo & { result: { runId: string } };
}

beforeEach(async () => {
  ({ core, dispatch, ok, dir } = await openShadesApi('gapboard-runs-api-'));
});
afterEach(async () => {
  await core.dispose();
});

afterAll(removeShadesTemplate);

describe('models and runs through the API', () => {
  it('registers, evaluates as a job, pages the gallery, compares and removes runs', async () => {
    const facts = await ok<{ params: number; sha256: string }>('models.inspect', { path: 'models/bright.onnx' });
    expect(facts.params).toBe(34);
    expect(facts).not.toHaveProperty('irVersion');
    const added = await ok<{ id: string; project: { doc: { models: { path: string }[] }; dirty: boolean } }>(
      'models.add',
      { path: 'models/bright.onnx', name: 'bright' },
    );
    expect(added.id).toBe('M-1');
    expect(added.project.doc.models[0]?.path).toBe('models/bright.onnx');

    const all = await evaluateJob({ model: 'bright', dataset: { name: 'shades', version: 1 } });
    expect(all.status).toBe('done');
    expect(all.result).toEqual({ runId: 'RUN-1' });
    const test = await evaluateJob({
      model: 'M-1',
      dataset: { name: 'shades', version: 1, split: 'test' },
      settings: { batch: 2 },
    });
    expect(test.result).toEqual({ runId: 'RUN-2' });

    const run = await ok<Run>('runs.get', { id: '1' });
    const stored = await readPredictions(path.join(dir, 'p.store'), run.predictions!, runUse(run.id));
    expect(stored.pred).toEqual([0, 0, 1, 0, 1, 0, 1, 0]); // path order; light/3 (30) → dark
    expect(run.metrics.accuracy).toBeCloseTo(5 / 8, 12);

    const page = await ok<{ total: number; items: GalleryItem[] }>('runs.gallery', {
      id: 'RUN-1',
      limit: 2,
      offset: 1,
    });
    expect(page.total).toBe(3);
    expect(page.items.map((i) => i.file)).toEqual(['data/light/1.png', 'data/light/3.png']);

    const cmp = await ok<RunComparison>('runs.compare', { ids: ['RUN-1', 'RUN-2'] });
    expect(cmp.classes).toEqual(['dark', 'light']);
    expect(cmp.deltas[1]?.accuracy).toBeCloseTo(4 / 6 - 5 / 8, 12);
    // RUN-1 confusion [[3,1],[2,2]] vs RUN-2 [[2,1],[1,2]]: the train samples dark/3 ✓ and light/3 ✗ drop out.
    expect(cmp.confusionDiff).toEqual([
      [
        [0, 0],
        [0, 0],
      ],
      [
        [-1, 0],
        [-1, 0],
      ],
    ]);

    const removed = await ok<{ doc: { runs: { id: string }[] }; canUndo: boolean }>('runs.remove', { id: 'RUN-1' });
    expect(removed.doc.runs.map((r) => r.id)).toEqual(['RUN-2']);
    expect((await dispatch('runs.get', { id: 'RUN-1' })).ok).toBe(false);
    const env = await ok<{ cores: number; runtime: string }>('runs.environment');
    expect(env.runtime).toMatch(/^onnxruntime-node 1\./);
  });

  it('a failing model gives a done job whose run is recorded as failed; a cancelled job records nothing', async () => {
    await ok('models.add', { path: 'models/three.onnx' });
    const failed = await evaluateJob({ model: 'three', dataset: { name: 'shades', version: 1 } });
    expect(failed.status).toBe('done');
    const run = await ok<Run>('runs.get', { id: failed.result.runId });
    expect(run).toMatchObject({ status: 'failed', model: 'M-1' });
    expect(run.error).toMatch(/3 scores per sample/);

    await ok('models.add', { path: 'models/bright.onnx' });
    const started = await ok<JobInfo>('runs.start', {
      model: 'bright',
      dataset: { name: 'shades', version: 1 },
      settings: { bench: true },
    });
    // Cancel once the samples are scored, in the middle of the (10 s) speed pass.
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const info = core.jobs.get(started.id);
        if (info.total > 0 && info.done === info.total) {
          clearInterval(timer);
          resolve();
        }
      }, 20);
    });
    await ok('jobs.cancel', { id: started.id });
    const ended = await core.jobs.wait(started.id);
    expect(ended.status).toBe('cancelled');
    expect(core.requireSession().doc.runs.map((r) => r.id)).toEqual(['RUN-1']);
    // A bad request fails the call itself, not a job the user has to open.
    expect((await dispatch('runs.start', { model: 'nope', dataset: { name: 'shades', version: 1 } })).ok).toBe(false);
    const badSplit = await dispatch('runs.start', {
      model: 'bright',
      dataset: { name: 'shades', version: 1, split: 'val' },
    });
    expect(badSplit).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    expect(core.jobs.list().filter((j) => j.kind === 'run.evaluate')).toHaveLength(2);
  });
});
