/**
 * Gallery, comparison and serving-target warnings on a hand-built document; the gallery reads
 * its manifest and predictions from a store in a temp folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePredictions, writeSamples } from '../../../main/core/store/sample-data.js';
import type { Predictions, SampleLink } from '../../../shared/schema.js';
import { createDocument } from '../../../main/core/project/document.js';
import type { ProjectDocument, Run } from '../../../shared/schema.js';
import { compareRuns, defaultLatencyBound, environmentWarnings, runGallery } from '../../../main/core/runs/index.js';

const env = { cpu: 'test cpu', cores: 2, threads: 2, os: 'linux', runtime: 'ort' };

function run(id: string, over: Partial<Run>): Run {
  return {
    id,
    model: 'M-1',
    dataset: { name: 'digits', version: 1 },
    preprocessing: { kind: 'image', classes: ['0', '1', '2'], input: 'x', output: 'y' },
    settings: { batch: 32, threads: 0, bench: false },
    status: 'done',
    startedAt: '2026-01-01',
    durationMs: 1,
    metrics: {},
    flags: [],
    environment: env,
    issues: [],
    ...over,
  };
}

const storeDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'gapboard-gallery-')), 'p.store');
afterAll(() => rmSync(path.dirname(storeDir), { recursive: true, force: true }));
let manifest: SampleLink;
beforeAll(async () => {
  manifest = await writeSamples(storeDir, SAMPLES);
});

const sample = (p: string, label: string, split: string, slices?: string[]) => ({
  path: p,
  sha256: '0'.repeat(64),
  size: 1,
  label,
  split,
  ...(slices ? { slices } : {}),
});

const SAMPLES = [
  sample('img/a.png', '0', 'test'),
  sample('img/b.png', '0', 'train'),
  sample('img/c.png', '1', 'test', ['rotated']),
  sample('img/d.png', '1', 'test'),
  sample('img/e.png', '2', 'test', ['rotated', 'blurred']),
  sample('../v0/f.png', '2', 'test'),
];

/** A run whose predictions are written to the store first. */
async function stored(id: string, p: Predictions, over: Partial<Run> = {}): Promise<Run> {
  return run(id, { ...over, predictions: await writePredictions(storeDir, p) });
}

function doc(): ProjectDocument {
  const d = createDocument('t', '2026-01-01');
  d.datasets.push({
    name: 'digits',
    description: '',
    versions: [
      {
        version: 1,
        createdAt: '2026-01-01',
        layout: 'jsonl',
        source: 'data/v1/manifest.jsonl',
        notes: '',
        classes: ['0', '1', '2'],
        stats: { count: 6, classes: {}, splits: { test: 5, train: 1 }, slices: {} },
        batches: [],
        samples: manifest,
      },
    ],
  });
  return d;
}

describe('runGallery', () => {
  // Split "test" → samples a, c, d, e, f (b is train).
  let r: Run;
  beforeAll(async () => {
    r = await stored(
      'RUN-1',
      { truth: [0, 1, 1, 2, 2], pred: [0, 2, 0, 1, -1], conf: [900, 510, 880, 400, 0] },
      { dataset: { name: 'digits', version: 1, split: 'test' } },
    );
  });

  it('lists the misclassified, least confident first, with project-relative files and slices', async () => {
    expect(await runGallery(doc(), storeDir, r)).toEqual({
      total: 3,
      items: [
        { index: 3, file: 'data/v1/img/e.png', truth: '2', pred: '1', confidence: 0.4, slices: ['rotated', 'blurred'] },
        { index: 1, file: 'data/v1/img/c.png', truth: '1', pred: '2', confidence: 0.51, slices: ['rotated'] },
        { index: 2, file: 'data/v1/img/d.png', truth: '1', pred: '0', confidence: 0.88, slices: [] },
      ],
    });
  });

  it.each([
    [{ truth: '1' }, [1, 2]],
    [{ pred: '0' }, [2]],
    [{ slice: 'rotated' }, [3, 1]],
    [{ slice: 'blurred', truth: '1' }, []],
    [{ all: true }, [3, 1, 2, 0]], // the unscored sample (pred −1) never shows
    [{ all: true, offset: 1, limit: 2 }, [1, 2]],
  ])('filters %j', async (filter, indices) => {
    expect((await runGallery(doc(), storeDir, r, filter)).items.map((i) => i.index)).toEqual(indices);
  });

  it('resolves ../ in a manifest path and uses `paths` for runs without a dataset', async () => {
    const all = await stored('RUN-2', {
      truth: [0, 0, 1, 1, 2, 2],
      pred: [0, 0, 1, 1, 2, 0],
      conf: [1, 1, 1, 1, 1, 1],
    });
    expect((await runGallery(doc(), storeDir, all)).items[0]?.file).toBe('data/v0/f.png');
    const { dataset: _d, ...adHoc } = await stored('RUN-3', { paths: ['x.png'], truth: [0], pred: [1], conf: [5] });
    expect((await runGallery(doc(), storeDir, adHoc as Run)).items[0]).toMatchObject({ file: 'x.png', slices: [] });
  });
});

describe('compareRuns', () => {
  it('gives deltas against the first run and confusion differences when classes match', () => {
    const a = run('RUN-1', {
      metrics: { accuracy: 0.5, latency_p95_ms: 4 },
      confusion: [
        [2, 0, 0],
        [1, 1, 0],
        [0, 2, 0],
      ],
    });
    const b = run('RUN-2', {
      metrics: { accuracy: 0.75, macro_f1: 0.7 },
      confusion: [
        [2, 0, 0],
        [0, 2, 0],
        [0, 1, 1],
      ],
    });
    const c = run('RUN-3', {
      metrics: { accuracy: 1 },
      preprocessing: { kind: 'image', classes: ['a', 'b', 'c'], input: 'x', output: 'y' },
      confusion: [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
    });
    const cmp = compareRuns([a, b, c]);
    expect(cmp.metricKeys).toEqual(['accuracy', 'latency_p95_ms', 'macro_f1']);
    expect(cmp.deltas).toEqual([
      { accuracy: 0, latency_p95_ms: 0, macro_f1: null },
      { accuracy: 0.25, latency_p95_ms: null, macro_f1: null },
      { accuracy: 0.5, latency_p95_ms: null, macro_f1: null },
    ]);
    expect(cmp.confusionDiff[1]).toEqual([
      [0, 0, 0],
      [-1, 1, 0],
      [0, -1, 1],
    ]);
    expect(cmp.confusionDiff[2]).toBeNull();
    expect(cmp.classes).toEqual(['0', '1', '2']);
  });
});

describe('serving targets', () => {
  const withTarget = (cores: number | null, threads: number | null, metric = 'latency_p95_ms'): ProjectDocument => {
    const d = doc();
    d.servingTargets.push({
      id: 'ST-1',
      name: 'laptop',
      mode: 'local',
      hardware: { cpu: '', cores, ramGb: null, gpu: '' },
      runtime: { threads, executionProvider: 'cpu' },
    });
    const req = {
      title: '',
      unit: 'ms',
      priority: 'must' as const,
      scope: {},
      owner: '',
      rationale: '',
      source: { who: '' },
      createdAt: '',
      history: [],
    };
    d.requirements.push({ ...req, id: 'R-1', metric, op: '<=', target: 8, servingTarget: 'ST-1' });
    d.requirements.push({ ...req, id: 'R-2', metric: 'latency_p99_ms', op: '<=', target: 3 });
    d.requirements.push({ ...req, id: 'R-3', metric: 'latency_p95_ms', op: '<=', target: 6 });
    return d;
  };

  it.each([
    [4, null, ['environment differs from serving target ST-1 (laptop): 2 cores vs 4']],
    [4, 1, ['environment differs from serving target ST-1 (laptop): 2 cores vs 4, 2 threads vs 1']],
    [2, 2, []],
    [null, null, []],
  ])('cores %s / threads %s', (cores, threads, expected) => {
    expect(environmentWarnings(withTarget(cores, threads), env)).toEqual(expected);
  });

  it('warns only for targets a speed requirement names', () => {
    expect(environmentWarnings(withTarget(4, null, 'accuracy'), env)).toEqual([]);
  });

  it('bounds server_qps by the tightest p95 requirement, else any latency requirement', () => {
    expect(defaultLatencyBound(withTarget(4, null))).toBe(6);
    const d = withTarget(4, null);
    d.requirements = d.requirements.filter((r) => r.metric !== 'latency_p95_ms');
    expect(defaultLatencyBound(d)).toBe(3);
    expect(defaultLatencyBound(doc())).toBeUndefined();
  });
});
