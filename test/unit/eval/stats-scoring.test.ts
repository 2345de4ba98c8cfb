import { describe, expect, it } from 'vitest';
import { scoreRow } from '../../../main/core/eval/scoring.js';
import { histogram, queueP95, seededRandom } from '../../../main/core/eval/stats.js';
import { serverQps } from '../../../main/core/eval/speed.js';

describe('histogram', () => {
  it('counts every value once, edges ascending from min to max', () => {
    const h = histogram([1, 2, 4, 8, 16], 4);
    expect(h.counts).toEqual([1, 1, 1, 2]);
    expect(h.edgesMs[0]).toBe(1);
    expect(h.edgesMs[4]).toBe(16);
  });
});

describe('server QPS search', () => {
  it('is reproducible for a seed and keeps the simulated p95 within the bound', () => {
    const service = Float64Array.from({ length: 100 }, (_, i) => 1 + (i % 5) * 0.1); // 1.0–1.4 ms
    const qps = serverQps(service, 3, 5000, 7, []) as number;
    expect(serverQps(service, 3, 5000, 7, [])).toBe(qps);
    const rnd = seededRandom(7);
    const u = Float64Array.from({ length: 10000 }, () => rnd());
    expect(queueP95(qps / 1000, service, u)).toBeLessThanOrEqual(3);
    expect(queueP95((qps * 1.02) / 1000, service, u)).toBeGreaterThan(3);
    expect(qps).toBeLessThan(1000 / 1.2); // below the saturation rate 1 / mean service
  });

  it('is null when even an idle server misses the bound', () => {
    const flags: string[] = [];
    expect(serverQps(Float64Array.from([5, 5, 5]), 2, 1000, 1, flags)).toBeNull();
    expect(flags[0]).toMatch(/idle server/);
  });
});

describe('scoreRow', () => {
  it('uses a probability row as is', () => {
    expect(scoreRow([0.1, 0.7, 0.2], 1)).toEqual({ pred: 1, conf: 700, top5: true });
  });
  it('applies softmax to logits', () => {
    // softmax([0, ln 3]) = [1/4, 3/4]
    expect(scoreRow([0, Math.log(3)], 0)).toEqual({ pred: 1, conf: 750, top5: true });
  });
  it('breaks ties toward the lower index, in arg-max and in the top-5 rank alike', () => {
    expect(scoreRow([0.5, 0.5], 1).pred).toBe(0);
    // truth 5 ties with 0..4 at the top: five classes rank ahead of it
    expect(scoreRow([1, 1, 1, 1, 1, 1], 5).top5).toBe(false);
    expect(scoreRow([1, 1, 1, 1, 1, 1], 4).top5).toBe(true);
    expect(scoreRow([9, 8, 7, 6, 5, 4], 5).top5).toBe(false);
    expect(scoreRow([9, 8, 7, 6, 5, 4], 4).top5).toBe(true);
  });
});
