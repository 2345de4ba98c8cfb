/**
 * Runs the sample-store benchmark once on a tiny project, so `npm run bench -- store` cannot
 * rot: the same synthetic writer, the same commands, the same child process. It checks that
 * every row is there with a real number or a "not run" reason, and that no timed command gave
 * a wrong answer — never how fast anything is.
 */
import { describe, expect, it } from 'vitest';
import { benchStore, storeBenchSizes } from '../../../bench/store.js';

describe('npm run bench -- store, once on a tiny project', () => {
  it('reads its size from GAPBOARD_BENCH_SAMPLES and refuses a nonsense one', () => {
    expect(storeBenchSizes({})).toMatchObject({ samples: 1_000_000, registerFiles: 1_000_000 });
    expect(storeBenchSizes({ GAPBOARD_BENCH_SAMPLES: '10000' })).toMatchObject({ samples: 10_000 });
    expect(() => storeBenchSizes({ GAPBOARD_BENCH_SAMPLES: 'lots' })).toThrow(/GAPBOARD_BENCH_SAMPLES/);
    expect(storeBenchSizes({ GAPBOARD_BENCH_STORE_ONLY: 'diff, edit' }).only).toEqual(new Set(['diff', 'edit']));
    expect(() => storeBenchSizes({ GAPBOARD_BENCH_STORE_ONLY: 'compare' })).toThrow(/compare is not one of/);
  });

  it('writes the synthetic store and reports every measure', async () => {
    const rows = await benchStore({ samples: 300, registerFiles: 40, rounds: 1, only: null });
    const names = rows.map((r) => r.name).join('\n');
    for (const measure of [
      /^write 3 versions × 300 samples \+ 20 runs × 300 predictions into the store$/m,
      /^ {2}project file$/m,
      /^requirement add \(in process\), 3 versions × 300 samples, 20 runs$|^requirement add, 3 versions × 300 samples, 20 runs: not run/m,
      /^open \(info, in process\), 3 versions × 300 samples, 20 runs$|^open, 3 versions × 300 samples, 20 runs: not run/m,
      /^add a requirement and save \(app, project open\), 3 versions × 300 samples, 20 runs$/m,
      /^dataset diff v1 → v2, 300 samples each/m,
      /^compare RUN-1 vs RUN-2, 300 predictions each/m,
      /^register 40 8×8 PNGs \(gapboard dataset add\): wall time$/m,
      /^register 40 8×8 PNGs \(gapboard dataset add\): peak RSS$/m,
      /^gapboard eval --record, tiny model on 40 8×8 PNGs: wall time$/m,
      /^gapboard eval --record, tiny model on 40 8×8 PNGs: peak RSS$/m,
    ])
      expect(names).toMatch(measure);
    expect(names).not.toMatch(/WRONG ANSWER/);
    for (const r of rows.filter((x) => !x.name.includes(': not run: '))) {
      expect(Number.isFinite(r.value) && r.value > 0, r.name).toBe(true);
      if (r.ratio !== undefined) expect(Number.isFinite(r.ratio), r.name).toBe(true);
    }
  }, 120_000);
});
