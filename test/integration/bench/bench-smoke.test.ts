/**
 * Runs every evaluation benchmark case once on tiny inputs, so `npm run bench` cannot rot:
 * the same code paths, the same child processes, a few files instead of thousands. It checks
 * that each case produces its rows with real numbers, never how fast anything is.
 */
import { describe, expect, it } from 'vitest';
import { benchEval } from '../../../bench/eval.js';
import { benchWholeProcess, torchMissing } from '../../../bench/whole-process.js';

const finite = (v: number | undefined): boolean => v === undefined || Number.isFinite(v);

describe('npm run bench, once on tiny inputs', () => {
  it('eval: engine vs bare session.run, single-stream latency (MLP and the ≈20 µs CNN), decode-bound workers', async () => {
    const rows = await benchEval({ rounds: 1, pairs: 1, samples: 256, queries: 40, perClass: 4, speedSeconds: 0.3 });
    const names = rows.map((r) => r.name).join('\n');
    expect(names).toMatch(/evaluate\(\) steady state/);
    expect(names).toMatch(/measureSpeed single-stream p99, same model/);
    expect(names).toMatch(/decode-bound eval, 2 workers/);
    for (const r of rows) {
      expect(Number.isFinite(r.value), r.name).toBe(true);
      expect(finite(r.ratio), r.name).toBe(true);
    }
  });

  it('whole process: CLI start-up, gapboard eval vs the PyTorch script (or its skip line), peak RSS vs size', async () => {
    const python = torchMissing() === null;
    const rows = await benchWholeProcess(
      { gray8: 30, rgb: 10, memorySmall: 20, memoryLarge: 60, rounds: 1, startupRuns: 1 },
      python,
    );
    const names = rows.map((r) => r.name).join('\n');
    expect(names).toMatch(/gapboard --help/);
    expect(names).toMatch(/gapboard info/);
    expect(names).toMatch(/peak RSS, 60 samples/);
    if (python) {
      expect(names).toMatch(/PyTorch script .* 30 PNGs 8×8 gray/);
      expect(names).toMatch(/gapboard eval \(whole process, batch 256\), 10 PNGs 224×224 RGB/);
      // Same model, same images: the two sides agree on accuracy.
      for (const r of rows.filter((x) => x.name.includes('accuracy:'))) expect(r.value, r.name).toBeLessThan(0.05);
    } else {
      expect(names).toMatch(/PyTorch comparison skipped/);
    }
    for (const r of rows.filter((x) => !x.name.includes('skipped'))) {
      expect(Number.isFinite(r.value), r.name).toBe(true);
      expect(finite(r.ratio), r.name).toBe(true);
    }
  }, 120_000);
});
