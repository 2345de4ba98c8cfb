import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../main/core/eval/evaluate.js';
import { createSession } from '../../../main/core/eval/session.js';
import { sourceFromSamples } from '../../../main/core/eval/sources.js';
import { measureSpeed } from '../../../main/core/eval/speed.js';
import { linearModel } from '../../helpers/onnx-builder.js';
import { tmp } from './fixtures.js';

let dir: string;
beforeAll(async () => {
  dir = await tmp('speed');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const model = linearModel({
  weights: [
    [1, 0],
    [0, 1],
    [1, 1],
  ],
});
const input = { input: 'x', output: 'y', sample: Float32Array.from([1, 2, 3]), sampleDims: [3] };

describe('measureSpeed', () => {
  it('measures latency percentiles, flags the ones with too few queries, and records a histogram', async () => {
    const session = await createSession(model, 1, 'lin.onnx');
    const r = await measureSpeed(session, input, {
      queries: 150,
      warmup: 5,
      maxSeconds: 0.6,
      batches: [1, 8],
      latencyBoundMs: 50,
    });
    await session.release();
    expect(r.queries).toBe(150);
    const m = r.metrics;
    for (const k of [
      'latency_mean_ms',
      'latency_p50_ms',
      'latency_p90_ms',
      'latency_p95_ms',
      'latency_p99_ms',
      'throughput_qps',
      'server_qps',
    ]) {
      expect(m[k], k).toBeGreaterThan(0);
    }
    expect(m.latency_p50_ms!).toBeLessThanOrEqual(m.latency_p90_ms!);
    expect(m.latency_p95_ms!).toBeLessThanOrEqual(m.latency_p99_ms!);
    // 150 queries bound p50, p90 and p95 from both sides; p99 needs 368 (0.99^n ≤ 2.5%).
    const flagged = r.flags.filter((f) => /bound no 95% interval/.test(f)).map((f) => f.split(':')[0]);
    expect(flagged).toEqual(['latency_p99_ms']);
    expect(Object.keys(r.intervals)).toEqual(['latency_p50_ms', 'latency_p90_ms', 'latency_p95_ms']);
    for (const [k, [lo, hi]] of Object.entries(r.intervals)) {
      expect(lo, k).toBeLessThanOrEqual(m[k]!);
      expect(hi, k).toBeGreaterThanOrEqual(m[k]!);
    }
    expect(r.histogram.counts.reduce((a, b) => a + b, 0)).toBe(150);
    expect(r.histogram.edgesMs).toHaveLength(r.histogram.counts.length + 1);
    expect([1, 8]).toContain(r.bestBatch);
    // A bound no single query can meet gives null, not a made-up rate.
    const s2 = await createSession(model, 1, 'lin.onnx');
    const r2 = await measureSpeed(s2, input, { queries: 20, maxSeconds: 0.2, batches: [1], latencyBoundMs: 1e-6 });
    await s2.release();
    expect(r2.metrics.server_qps).toBeNull();
  });

  it('stays within its time budget when queries are many', async () => {
    const session = await createSession(model, 1, 'lin.onnx');
    const t = performance.now();
    const r = await measureSpeed(session, input, { queries: 10_000_000, maxSeconds: 0.5, batches: [1, 4] });
    await session.release();
    expect(performance.now() - t).toBeLessThan(1500);
    expect(r.queries).toBeLessThan(10_000_000);
    expect(r.flags.some((f) => f.startsWith('latency_p99_ms')) || r.queries >= 1000).toBe(true);
  });

  it('adds speed, size and memory figures to an evaluation', async () => {
    const file = join(dir, 'lin.onnx');
    await writeFile(file, model);
    const source = sourceFromSamples(
      [
        { path: 'r1', features: [1, 0, 0], label: 'a' },
        { path: 'r2', features: [0, 1, 0], label: 'b' },
      ],
      { kind: 'tabular', featureNames: ['p', 'q', 'r'] },
    );
    const r = await evaluate({
      model: file,
      source,
      threads: 1,
      speed: { queries: 30, maxSeconds: 0.4, batches: [1, 2], latencyBoundMs: 100 },
    });
    expect(r.metrics.accuracy).toBe(1);
    expect(r.metrics.latency_p50_ms).toBeGreaterThan(0);
    expect(r.metrics.server_qps).toBeGreaterThan(0);
    expect(r.metrics.model_size_mb).toBe(model.length / 1e6);
    expect(r.metrics.params_m).toBe((6 + 2) / 1e6);
    expect(r.metrics.peak_memory_mb).toBeGreaterThan(10);
    expect(r.latencyHistogram?.counts.reduce((a, b) => a + b, 0)).toBe(30);
    expect(r.environment.threads).toBe(1);
  });
});
