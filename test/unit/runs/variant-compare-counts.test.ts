/**
 * A variant weighed against its parent from grouped counts, on a hand-built case where the
 * pairing matters: a hash twice in both versions (the k-th copy meets the k-th, so the first
 * copies and the second copies disagree in opposite directions), a hash twice in one version
 * only, and samples only one run saw. Every figure below is worked out by hand in the comments.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDocument } from '../../../main/core/project/document.js';
import { compareWithParent } from '../../../main/core/runs/variant-compare.js';
import { writePredictions, writeSamples } from '../../../main/core/store/sample-data.js';
import { linkedVersion } from '../../helpers/linked-version.js';
import type { Model, Run, Sample } from '../../../shared/schema.js';

const storeDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'gapboard-variant-')), 'p.store');
afterAll(() => rmSync(path.dirname(storeDir), { recursive: true, force: true }));

let files = 0;
const sample = (sha: string, label: string): Sample => ({
  path: `img/${++files}.png`,
  sha256: sha.repeat(64),
  size: 1,
  label,
});

function model(id: string, name: string, size: number, variantOf?: Model['variantOf']): Model {
  return {
    id,
    name,
    path: `models/${name}.onnx`,
    sha256: '0'.repeat(64),
    size,
    opset: [{ domain: '', version: 17 }],
    producer: { name: 't', version: '1' },
    inputs: [],
    outputs: [],
    params: 1,
    operators: {},
    metadata: {},
    addedAt: '2026-01-01',
    ...(variantOf ? { variantOf } : {}),
  };
}

function run(id: string, modelId: string, v: number, predictions: Run['predictions']): Run {
  return {
    id,
    model: modelId,
    dataset: { name: 'pets', version: v },
    preprocessing: { kind: 'image', classes: ['cat', 'dog'], input: 'x', output: 'y' },
    settings: { batch: 32, threads: 0, bench: false },
    status: 'done',
    startedAt: '2026-01-01',
    durationMs: 1,
    metrics: {},
    flags: [],
    environment: { cpu: 'test', cores: 2, threads: 2, os: 'linux', runtime: 'ort' },
    issues: [],
    predictions,
  };
}

describe('compareWithParent from grouped counts', () => {
  it('pairs repeated hashes in order and counts each side’s discordant samples', async () => {
    // The variant ran on v1: a c b c d d e; the parent on v2: c a d c b f.
    const v1 = await writeSamples(storeDir, [
      sample('a', 'cat'),
      sample('c', 'cat'),
      sample('b', 'dog'),
      sample('c', 'cat'),
      sample('d', 'dog'),
      sample('d', 'dog'),
      sample('e', 'cat'),
    ]);
    const v2 = await writeSamples(storeDir, [
      sample('c', 'cat'),
      sample('a', 'cat'),
      sample('d', 'dog'),
      sample('c', 'cat'),
      sample('b', 'dog'),
      sample('f', 'dog'),
    ]);
    const conf = (n: number) => Array.from({ length: n }, () => 500);
    // Variant: a ✓, c₁ ✗, b ✓, c₂ ✓, d₁ ✗ (d₂ and e pair with nothing).
    const variantRun = run(
      'RUN-2',
      'M-2',
      1,
      await writePredictions(storeDir, { truth: [0, 0, 1, 0, 1, 1, 0], pred: [0, 1, 1, 0, 0, 1, 0], conf: conf(7) }),
    );
    // Parent: c₁ ✓, a ✗, d₁ ✓, c₂ ✗, b ✓ (f pairs with nothing).
    const parentRun = run(
      'RUN-1',
      'M-1',
      2,
      await writePredictions(storeDir, { truth: [0, 0, 1, 0, 1, 1], pred: [0, 1, 1, 1, 1, 0], conf: conf(6) }),
    );
    const doc = createDocument('t', '2026-01-01');
    doc.datasets.push({
      name: 'pets',
      description: '',
      versions: [linkedVersion(1, ['cat', 'dog'], v1), linkedVersion(2, ['cat', 'dog'], v2)],
    });
    doc.models.push(
      model('M-1', 'base', 100),
      model('M-2', 'base-int8', 30, { model: 'M-1', kind: 'quantized', note: '' }),
    );
    doc.runs.push(parentRun, variantRun);
    const got = await compareWithParent(doc, storeDir, variantRun);
    if (!got.ok) throw new Error(got.reason);
    // Pairs: a, c₁, c₂, b, d₁ → 5. Parent right on c₁ b d₁ (3/5), variant on a c₂ b (3/5);
    // parent only: c₁ d₁; variant only: a c₂. McNemar 2 vs 2: p = min(1, 2·11/16) = 1.
    expect(got.value.common).toBe(5);
    expect(got.value.overall).toEqual({
      label: null,
      n: 5,
      parent: 3 / 5,
      variant: 3 / 5,
      delta: 0,
      parentOnly: 2,
      variantOnly: 2,
      pValue: 1,
    });
    // cat (a c₁ c₂): parent 1/3, variant 2/3, parent only c₁, variant only a c₂.
    // dog (b d₁): parent 2/2, variant 1/2, parent only d₁. Both p = 1 (too few pairs).
    expect(got.value.perClass.map(({ pValue: _p, ...rest }) => rest)).toEqual([
      {
        label: 'cat',
        n: 3,
        parent: 1 / 3,
        variant: 2 / 3,
        delta: 2 / 3 - 1 / 3,
        parentOnly: 1,
        variantOnly: 2,
      },
      {
        label: 'dog',
        n: 2,
        parent: 1,
        variant: 1 / 2,
        delta: 1 / 2 - 1,
        parentOnly: 1,
        variantOnly: 0,
      },
    ]);
    for (const c of got.value.perClass) expect(c.pValue).toBeCloseTo(1, 12);
    expect(got.value.figures[0]).toEqual({ key: 'size_bytes', parent: 100, variant: 30, delta: -70 });
  });
});
