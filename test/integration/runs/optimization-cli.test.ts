/**
 * `gapboard capacity`, `gapboard tradeoff` and `gapboard model diff` on the committed sample
 * (opened read-only), and the usage errors they give. Expected numbers come from the sample's
 * recorded figures: RUN-3 server QPS 30,374.7478…, R-4 asks 2,000 QPS on the 4-core laptop.
 */
import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/core/cli/run-cli.js';
import { captureIo, fileHash } from '../../helpers/temp.js';

const SAMPLE = path.join(import.meta.dirname, '../../../sample');
const FILE = path.join(SAMPLE, 'digits.gapboard');

async function cli(...argv: string[]) {
  const { io, cli: cio } = captureIo(SAMPLE);
  const code = await runCli(argv, cio);
  return { code, ...io };
}

describe('gapboard capacity', () => {
  it('prints the machine count with the formula and the assumption', async () => {
    const before = fileHash(FILE);
    const r = await cli('capacity', FILE, '--run', 'RUN-3');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // 2000 / 392.15118 = 5.100074… → ⌈5.10007⌉ = 6.
    expect(r.out).toContain('machines = ⌈target QPS / server QPS⌉ = ⌈2000 / 392.151⌉ = ⌈5.10007⌉ = 6');
    expect(r.out).toContain('measured on 2 cores; the target laptop-cpu has 4');
    expect(r.out).toMatch(/Assumption: Each machine is like the measured one/);
    // 2000 / 955.00640 = 2.094… → 3 machines.
    expect(r.out).toMatch(/mlp-v2\s+RUN-2\s+955\s+3/);
    expect(fileHash(FILE)).toBe(before);
  });

  it('--json gives the plan per requirement and --qps plans for any rate', async () => {
    const r = await cli('capacity', FILE, '--run', '3', '--qps', '100000', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { formula: string; plans: { targetQps: number; line: { machines: number } }[] };
    expect(j.formula).toBe('machines = ceil(target QPS / server QPS)');
    // ⌈100000 / 392.15118⌉ = ⌈255.0037⌉ = 256.
    expect(j.plans).toHaveLength(1);
    expect(j.plans[0]).toMatchObject({ targetQps: 100000, requirement: null, line: { machines: 256 } });
  });

  it('names the problem for a missing run or a bad rate', async () => {
    const missing = await cli('capacity', FILE, '--run', 'RUN-99');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/No run RUN-99/);
    const bad = await cli('capacity', FILE, '--run', 'RUN-3', '--qps', '0');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--qps must be above 0/);
  });
});

describe('gapboard tradeoff', () => {
  it('lists every run with the front and the must box (R-1 accuracy ≥ 0.93, R-3 p95 ≤ 5 ms)', async () => {
    const r = await cli('tradeoff', FILE, '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { points: { run: string; front: boolean }[]; region: unknown };
    // RUN-1 is slower (0.1205 ms) and less accurate (0.835) than RUN-2 (0.0434 ms, 0.85);
    // RUN-3 is the slowest (0.1857 ms) but the most accurate (0.9386).
    expect(j.points.map((p) => [p.run, p.front])).toEqual([
      ['RUN-1', false],
      ['RUN-2', true],
      ['RUN-3', true],
    ]);
    expect(j.region).toEqual({
      x: { min: null, max: 5, requirements: ['R-3'] },
      y: { min: 0.93, max: null, requirements: ['R-1'] },
    });
  });
});

describe('gapboard model diff', () => {
  it('compares two sample models fact by fact', async () => {
    const r = await cli('model', 'diff', FILE, 'mlp-v2', 'mlp-wide-v3', '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(await readFile(FILE, 'utf8')) as {
      models: { name: string; size: number; params: number }[];
    };
    const [a, b] = ['mlp-v2', 'mlp-wide-v3'].map((n) => doc.models.find((m) => m.name === n)!);
    const d = JSON.parse(r.out) as { size: { delta: number }; params: { a: number; b: number; delta: number } };
    expect(d.size.delta).toBe(b!.size - a!.size);
    expect(d.params).toMatchObject({ a: 50890, b: 101770, delta: 50880 });
    const text = await cli('model', 'diff', FILE, 'softmax-v1', 'mlp-v2');
    expect(text.out).toMatch(/op Gemm\s+1\s+2\s+\+1/);
    expect(text.out).toMatch(/op Relu\s+0\s+1\s+\+1/);
  });

  it('names an unknown model', async () => {
    const r = await cli('model', 'diff', FILE, 'mlp-v2', 'nope');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/No model "nope"/);
  });
});

describe('gapboard model add --variant-of', () => {
  it('registers a model as a variant of another, and refuses a kind without a parent', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gapboard-variant-cli-'));
    try {
      cpSync(path.join(SAMPLE, 'models'), path.join(dir, 'models'), { recursive: true });
      copyFileSync(FILE, path.join(dir, 'digits.gapboard'));
      cpSync(path.join(SAMPLE, 'digits.store'), path.join(dir, 'digits.store'), { recursive: true });
      const file = path.join(dir, 'digits.gapboard');
      const add = ['model', 'add', file, '--path', path.join(dir, 'models/mlp.onnx'), '--name', 'mlp-pruned'];
      const r = await cli(...add, '--variant-of', 'mlp-v2', '--variant-kind', 'pruned');
      expect(r.err).toBe('');
      expect(r.out).toContain('Registered M-4 mlp-pruned (models/mlp.onnx), a pruned variant of mlp-v2.');
      const doc = JSON.parse(await readFile(file, 'utf8')) as { models: { name: string; variantOf?: unknown }[] };
      expect(doc.models.at(-1)).toMatchObject({
        name: 'mlp-pruned',
        variantOf: { model: 'M-2', kind: 'pruned', note: '' },
      });
      const bad = await cli('model', 'add', file, '--path', 'models/mlp.onnx', '--variant-kind', 'pruned');
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/--variant-kind needs --variant-of MODEL/);
      const unknown = await cli(...add, '--variant-of', 'nope');
      expect(unknown.code).toBe(1);
      expect(unknown.err).toMatch(/No model "nope"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
