/**
 * `gapboard eval --json` and `gapboard compare --json` against scikit-learn and exact
 * references (test/fixtures/reference/make_metrics_reference.py). The model is the identity
 * on one-hot rows, so the predictions are exactly the reference case's and every figure the
 * CLI prints must equal what the reference computed from the same truth and predictions.
 */
import { createHash } from 'node:crypto';
import { writePredictions, writeSamples } from '../../../main/core/store/sample-data.js';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FairComparison } from '../../../shared/contract/compare-types.js';
import type { Run, Sample } from '../../../shared/schema.js';
import { REFERENCE, type Comparison } from '../../fixtures/reference/metrics-reference.js';
import { linearModel } from '../../helpers/onnx-builder.js';
import { datasetVersion, doneRun, fixture, modelM1, parseJson, type Fixture } from '../scoring/cli-fixture.js';

function close(actual: unknown, expected: number | null, what: string): void {
  if (expected === null) return void expect(actual ?? null, what).toBeNull();
  expect(typeof actual, what).toBe('number');
  expect(Math.abs((actual as number) - expected), what).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
}

let f: Fixture;
beforeEach(async () => {
  f = await fixture();
});
afterEach(async () => f.dispose());

describe('gapboard eval --json', () => {
  // A CSV table carries no slice tags; the sliced cases run through the metrics module directly.
  it.each(REFERENCE.classification.filter((c) => !c.slices).map((c) => [c.name, c] as const))(
    'prints scikit-learn’s metrics and the Wilson intervals: %s',
    async (_name, c) => {
      const k = c.classes.length;
      const identity = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? 1 : 0)));
      await writeFile(path.join(f.dir, 'id.onnx'), linearModel({ weights: identity }));
      const header = [...c.classes.map((_, i) => `f${i}`), 'label'].join(',');
      const rows = c.truth.map((t, i) => [...c.classes.map((x) => (x === c.pred[i] ? 1 : 0)), t].join(','));
      await writeFile(path.join(f.dir, 'rows.csv'), `${header}\n${rows.join('\n')}\n`);
      const r = await f.cli(
        'eval',
        '--model',
        'id.onnx',
        '--data',
        'rows.csv',
        '--classes',
        c.classes.join(','),
        '--json',
      );
      expect(r.code, r.err).toBe(0);
      const out = parseJson<{ n: number; metrics: Record<string, number | null>; intervals: Record<string, number[]> }>(
        r.out,
      );
      expect(out.n).toBe(c.truth.length);
      for (const [key, v] of Object.entries(c.metrics)) close(out.metrics[key], v, key);
      for (const [key, [lo, hi]] of Object.entries(c.intervals)) {
        close(out.intervals[key]?.[0], lo, `${key} low`);
        close(out.intervals[key]?.[1], hi, `${key} high`);
      }
    },
  );
});

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** A test split whose samples are the comparison's, hashed by name; `offset` shifts the names. */
function samples(c: Comparison, offset = 0): Sample[] {
  return c.truth.map((label, i) => ({
    path: `${label}/${i + offset}.png`,
    sha256: sha(`${c.name}-${i + offset}`),
    size: 10,
    label,
    split: 'test',
  }));
}

async function run(storeDir: string, n: number, version: number, c: Comparison, pred: string[]): Promise<Run> {
  const idx = (x: string) => c.classes.indexOf(x);
  return {
    ...doneRun(n, version, {}),
    preprocessing: { kind: 'image', classes: c.classes, input: 'x', output: 'y' },
    confusion: [],
    predictions: await writePredictions(storeDir, {
      truth: c.truth.map(idx),
      pred: pred.map(idx),
      conf: pred.map(() => 900),
    }),
  };
}

describe('gapboard compare --json', () => {
  it.each(REFERENCE.comparisons.map((c) => [c.name, c] as const))(
    'recomputes on the common samples with the exact McNemar p-value: %s',
    async (_name, c) => {
      await f.seed(async (s) => {
        const st = s.storeDir;
        const v1 = { ...datasetVersion(1, { a: 1 }), classes: c.classes, samples: await writeSamples(st, samples(c)) };
        // v2 holds the same samples plus 40 new ones: RUN-3 on it sees a larger set.
        const extra = samples(c, 100000).slice(0, 40);
        const v2 = {
          ...datasetVersion(2, { a: 1 }),
          classes: c.classes,
          samples: await writeSamples(st, [...samples(c), ...extra]),
        };
        const v3 = {
          ...datasetVersion(3, { a: 1 }),
          classes: c.classes,
          samples: await writeSamples(st, samples(c, 200000)),
        };
        const wide = { ...c, truth: [...c.truth, ...extra.map((e) => e.label)] };
        const runs = [
          await run(st, 1, 1, c, c.pred_a),
          await run(st, 2, 1, c, c.pred_b),
          await run(st, 3, 2, wide, [...c.pred_b, ...extra.map((e) => e.label)]),
          await run(st, 4, 3, c, c.pred_b),
        ];
        s.mutate('seed', (d) => {
          d.datasets.push({ name: 'digits', description: '', versions: [v1, v2, v3] });
          d.runs.push(...runs);
          d.counters.run = 4;
          d.models.push(modelM1());
          d.counters.model = 1;
          d.counters.batch = Math.max(d.counters.batch, 3);
        });
      });
      const same = await f.cli('compare', f.file, 'RUN-1', 'RUN-2', '--json');
      expect(same.code, same.err).toBe(0);
      const s = parseJson<FairComparison>(same.out);
      expect(s).toMatchObject({ a: 'RUN-1', b: 'RUN-2', comparable: true, reason: null, n_common: c.truth.length });
      close(s.metrics.accuracy?.a, c.accuracy_a, 'accuracy a');
      close(s.metrics.accuracy?.b, c.accuracy_b, 'accuracy b');
      close(s.metrics.accuracy?.delta, c.delta, 'delta');
      expect(s.discordant).toEqual({ a_only: c.a_only, b_only: c.b_only });
      expect(Math.abs(s.metrics.accuracy!.p_value! - c.p_value)).toBeLessThanOrEqual(1e-10 * c.p_value);

      // Against the larger set: only the shared samples count, so the figures are the same.
      const wider = parseJson<FairComparison>((await f.cli('compare', f.file, 'RUN-1', 'RUN-3', '--json')).out);
      expect(wider).toMatchObject({
        comparable: true,
        n_common: c.truth.length,
        n: { a: c.truth.length, b: c.truth.length + 40 },
      });
      expect(wider.reason).toMatch(/different samples/);
      close(wider.metrics.accuracy?.b, c.accuracy_b, 'accuracy b on the common samples');
      expect(wider.metrics.accuracy?.p_value).toBe(s.metrics.accuracy?.p_value);

      // No shared sample: not comparable, and the reason names both data versions.
      const apart = parseJson<FairComparison>((await f.cli('compare', f.file, 'RUN-1', 'RUN-4', '--json')).out);
      expect(apart).toMatchObject({ comparable: false, n_common: 0, metrics: {} });
      expect(apart.reason).toContain('digits@v1:test');
      expect(apart.reason).toContain('digits@v3:test');
    },
  );
});
