/**
 * The fair comparison's grouped path on a hand-built case that has everything the pairing must
 * get right: a hash copied twice in both versions (the k-th copy meets the k-th), a hash
 * copied twice in one version only, two relabeled samples, a class only the later version
 * knows, slices, an unscored prediction and samples only one run scored. The figures come from
 * fixtures/fair_compare_counts.py (scikit-learn and exact formulas on the pairs worked out by
 * hand), never from the code under test.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../../../main/core/project/document.js';
import { compareFair } from '../../../main/core/runs/fair-compare.js';
import { pairCounts } from '../../../main/core/runs/fair-pairs.js';
import { writePredictions, writeSamples } from '../../../main/core/store/sample-data.js';
import { linkedVersion } from '../../helpers/linked-version.js';
import type { Predictions, ProjectDocument, Run, Sample } from '../../../shared/schema.js';

type Figures = Record<string, number | null>;
const ref = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures/fair-compare-counts.json'), 'utf8')) as {
  classes: string[];
  n_common: number;
  a: Figures;
  b: Figures;
  interval_a: Record<string, [number, number] | null>;
  interval_b: Record<string, [number, number] | null>;
  confusion: { a: number[][]; b: number[][] };
  discordant: Record<string, { a_only: number; b_only: number; p_value: number }>;
};

const storeDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'gapboard-fair-')), 'p.store');
afterAll(() => rmSync(path.dirname(storeDir), { recursive: true, force: true }));

const hash = (c: string): string => c.repeat(64);
let files = 0;
const sample = (sha: string, label: string, split: string, slices?: string[]): Sample => ({
  path: `img/${++files}.png`,
  sha256: hash(sha),
  size: 1,
  label,
  split,
  ...(slices ? { slices } : {}),
});

// Hashes: a b (plain), c (X: twice in both), d (Y: twice in v1, once in v2), e (R: cat → dog),
// f (F: dog → fox), 1 (U: v1 only), 2 (V: A does not score it), 3 (W: v2 only), 4 (a train sample).
const V1: Sample[] = [
  sample('a', 'cat', 'test', ['old']),
  sample('b', 'dog', 'test'),
  sample('c', 'cat', 'test'),
  sample('c', 'cat', 'test'),
  sample('d', 'dog', 'test'),
  sample('d', 'dog', 'test'),
  sample('4', 'cat', 'train'),
  sample('e', 'cat', 'test'),
  sample('f', 'dog', 'test'),
  sample('1', 'dog', 'test'),
  sample('2', 'cat', 'test'),
];
const V2: Sample[] = [
  sample('a', 'cat', 'test', ['dark']),
  sample('c', 'cat', 'test'),
  sample('b', 'dog', 'test', ['dark', 'night']),
  sample('c', 'cat', 'test', ['dark']),
  sample('d', 'dog', 'test'),
  sample('e', 'dog', 'test'),
  sample('f', 'fox', 'test', ['night']),
  sample('2', 'cat', 'test'),
  sample('3', 'fox', 'train'),
];
// A scores v1's test split (a b c c d d e f 1 2) with classes cat, dog; −1: not scored.
const PRED_A: Predictions = {
  truth: [0, 1, 0, 0, 1, 1, 0, 1, 1, 0],
  pred: [0, 0, 0, 1, 1, 0, 0, 1, 1, -1],
  conf: Array.from({ length: 10 }, () => 500),
};
// B scores all of v2 (a c b c d e f 2 3) with classes cat, dog, fox.
const PRED_B: Predictions = {
  truth: [0, 0, 1, 0, 1, 1, 2, 0, 2],
  pred: [0, 1, 1, 0, 1, 1, 2, 0, 1],
  conf: Array.from({ length: 9 }, () => 500),
};

function run(id: string, over: Partial<Run>): Run {
  return {
    id,
    model: 'M-1',
    preprocessing: { kind: 'image', classes: ['cat', 'dog'], input: 'x', output: 'y' },
    settings: { batch: 32, threads: 0, bench: false },
    status: 'done',
    startedAt: '2026-01-01',
    durationMs: 1,
    metrics: {},
    confusion: [],
    flags: [],
    environment: { cpu: 'test', cores: 2, threads: 2, os: 'linux', runtime: 'ort' },
    issues: [],
    ...over,
  };
}

let doc: ProjectDocument;
let a: Run;
let b: Run;
beforeAll(async () => {
  doc = createDocument('t', '2026-01-01');
  doc.datasets.push({
    name: 'pets',
    description: '',
    versions: [
      linkedVersion(1, ['cat', 'dog'], await writeSamples(storeDir, V1)),
      linkedVersion(2, ['cat', 'dog', 'fox'], await writeSamples(storeDir, V2)),
    ],
  });
  a = run('RUN-1', {
    dataset: { name: 'pets', version: 1, split: 'test' },
    predictions: await writePredictions(storeDir, PRED_A),
  });
  b = run('RUN-2', {
    dataset: { name: 'pets', version: 2 },
    preprocessing: { kind: 'image', classes: ['cat', 'dog', 'fox'], input: 'x', output: 'y' },
    predictions: await writePredictions(storeDir, PRED_B),
  });
  doc.runs.push(a, b);
});

describe('compareFair from grouped counts', () => {
  it('pairs the k-th copy with the k-th, counts both sides and the relabeled samples', async () => {
    const c = await compareFair(doc, storeDir, a, b);
    expect(c.comparable).toBe(true);
    expect(c.n_common).toBe(ref.n_common);
    expect(c.n).toEqual({ a: 9, b: 9 });
    expect(c.relabeled).toBe(2);
    expect(c.classes).toEqual(ref.classes);
    expect(c.confusion).toEqual(ref.confusion);
    expect(c.discordant).toEqual({ a_only: ref.discordant['']!.a_only, b_only: ref.discordant['']!.b_only });
    expect(c.reason).toBe(
      'The runs saw different samples: RUN-1 9 (pets@v1:test), RUN-2 9 (pets@v2); every figure is recomputed on the 7 they share. ' +
        "2 common samples were relabeled between the versions; RUN-2's labels count for both.",
    );
  });

  it('gives every metric, interval and McNemar p-value scikit-learn and the formulas give', async () => {
    const c = await compareFair(doc, storeDir, a, b);
    const keys = new Set([...Object.keys(ref.a), ...Object.keys(ref.b)]);
    for (const k of keys) {
      const [va, vb] = [ref.a[k] ?? null, ref.b[k] ?? null];
      if (va === null && vb === null) {
        expect(c.metrics[k], k).toBeUndefined();
        continue;
      }
      const m = c.metrics[k]!;
      for (const [got, want] of [
        [m.a, va],
        [m.b, vb],
      ] as const)
        if (want === null) expect(got, k).toBeNull();
        else expect(got, k).toBeCloseTo(want, 12);
      for (const [got, want] of [
        [m.interval_a, ref.interval_a[k]],
        [m.interval_b, ref.interval_b[k]],
      ] as const) {
        if (!want) expect(got, k).toBeUndefined();
        else {
          expect(got![0], k).toBeCloseTo(want[0], 12);
          expect(got![1], k).toBeCloseTo(want[1], 12);
        }
      }
      const prefix = /^slice\[[^\]]+\]\./.exec(k)?.[0] ?? '';
      const tested = k === `${prefix}accuracy` || k === `${prefix}error_rate`;
      if (tested) expect(m.p_value, k).toBeCloseTo(ref.discordant[prefix]!.p_value, 12);
      else expect(m.p_value, k).toBeNull();
    }
    // Every key the comparison reports is one the reference knows (nothing extra, no top-5).
    expect(Object.keys(c.metrics).filter((k) => !keys.has(k))).toEqual([]);
  });

  it('numbers repeated keys only when needed: the key-only join and the numbered one agree', async () => {
    const auto = await pairCounts(doc, storeDir, a, b, 'b');
    const numbered = await pairCounts(doc, storeDir, a, b, 'b', true);
    expect(auto).toEqual(numbered);
    expect(auto.groups.reduce((s, g) => s + g.n, 0)).toBe(ref.n_common);
  });

  it('takes the later version’s labels when the earlier run is b', async () => {
    const c = await compareFair(doc, storeDir, b, a);
    expect(c.confusion).toEqual({ a: ref.confusion.b, b: ref.confusion.a });
    expect(c.discordant).toEqual({ a_only: ref.discordant['']!.b_only, b_only: ref.discordant['']!.a_only });
    expect(c.metrics['slice[night].accuracy']).toMatchObject({ a: 1, b: 0 });
  });
});

describe('compareFair on ad-hoc runs (paired by path)', () => {
  const adHoc = async (id: string, paths: string[], truth: number[], pred: number[]): Promise<Run> => {
    const { dataset: _d, ...r } = run(id, {
      predictions: await writePredictions(storeDir, { paths, truth, pred, conf: paths.map(() => 1) }),
    });
    return r;
  };

  it('pairs repeated paths in order and never meets a hash', async () => {
    // p.png twice in x and once in y: only x's first copy pairs. q.png: x cat/right, y dog/wrong.
    const x = await adHoc('RUN-3', ['p.png', 'q.png', 'p.png', 'r.png'], [0, 0, 1, 1], [0, 0, 1, 1]);
    const y = await adHoc('RUN-4', ['q.png', 'p.png', 's.png'], [0, 0, 1], [1, 1, 1]);
    const c = await compareFair({ ...doc, runs: [...doc.runs, x, y] }, storeDir, x, y);
    expect(c.n_common).toBe(2);
    expect(c.n).toEqual({ a: 4, b: 3 });
    expect(c.confusion).toEqual({
      a: [
        [2, 0],
        [0, 0],
      ],
      b: [
        [0, 2],
        [0, 0],
      ],
    });
    expect(c.discordant).toEqual({ a_only: 2, b_only: 0 });
    const none = await compareFair(doc, storeDir, a, x);
    expect(none.comparable).toBe(false);
    expect(none.n).toEqual({ a: 9, b: 4 });
  });
});
