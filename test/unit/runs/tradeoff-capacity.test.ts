/**
 * The trade-off (Pareto front, feasible box), capacity planning and serving-target mismatch,
 * on small documents whose answers are worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import type { Model, ServingTarget } from '../../../shared/schema.js';
import { capacityLine, planCapacity } from '../../../main/core/runs/capacity.js';
import { mismatchSentence, runMismatches } from '../../../shared/serving-mismatch.js';
import { buildTradeoff, paretoFront } from '../../../main/core/runs/tradeoff.js';
import { doc, req, run } from '../scoring/fixtures.js';

const laptop: ServingTarget = {
  id: 'ST-1',
  name: 'laptop',
  mode: 'local',
  hardware: { cpu: '', cores: 4, ramGb: null, gpu: '' },
  runtime: { threads: 1, executionProvider: 'cpu' },
};

function model(id: number, size: number, over: Partial<Model> = {}): Model {
  return {
    id: `M-${id}`,
    name: `m${id}`,
    path: `m${id}.onnx`,
    sha256: '0'.repeat(64),
    size,
    opset: [],
    producer: { name: '', version: '' },
    inputs: [],
    outputs: [],
    params: 0,
    operators: {},
    metadata: {},
    addedAt: '',
    ...over,
  };
}

describe('Pareto front', () => {
  it('keeps the points no other point matches or beats on both axes', () => {
    // x = latency (lower better), y = accuracy (higher better).
    // A(1, .80) B(2, .90) C(3, .85): C is beaten by B (faster and more accurate).
    // D(2, .90) ties B exactly: neither beats the other, both stay on the front.
    const pts = [
      { x: 1, y: 0.8 },
      { x: 2, y: 0.9 },
      { x: 3, y: 0.85 },
      { x: 2, y: 0.9 },
    ];
    expect(paretoFront(pts, { x: false, y: true })).toEqual([true, true, false, true]);
    // Both higher-is-better: (3, .85) now has the largest x, so it joins the front; A drops out.
    expect(paretoFront(pts, { x: true, y: true })).toEqual([false, true, true, true]);
  });
});

describe('trade-off of a project', () => {
  const d = doc();
  d.servingTargets = [laptop];
  d.models = [
    model(1, 1000),
    model(2, 4000),
    model(3, 1100, { variantOf: { model: 'M-2', kind: 'quantized', note: '' } }),
  ];
  d.requirements = [
    req(1, { metric: 'accuracy', target: 0.85 }),
    req(2, { metric: 'accuracy', target: 0.88 }),
    req(3, { metric: 'latency_p95_ms', op: '<=', target: 5, servingTarget: 'ST-1' }),
    req(4, { metric: 'latency_p95_ms', op: '<=', target: 3, priority: 'should' }),
  ];
  d.runs = [
    run(1, { accuracy: 0.8, latency_p95_ms: 1 }, { model: 'M-1' }),
    run(2, { accuracy: 0.95, latency_p95_ms: 6 }, { model: 'M-2' }),
    run(3, { accuracy: 0.93, latency_p95_ms: 2 }, { model: 'M-3' }),
    run(4, { accuracy: 0.9 }, { model: 'M-1' }),
    run(5, { accuracy: 0.99, latency_p95_ms: 0.1 }, { model: 'M-1', status: 'failed' }),
  ];
  (d.runs[2] as unknown as { intervals: Record<string, [number, number]> }).intervals = { accuracy: [0.9, 0.95] };

  it('places every finished run with both figures, sized by its model file', () => {
    const t = buildTradeoff(d);
    expect(t.points.map((p) => [p.run, p.x, p.y, p.sizeBytes])).toEqual([
      ['RUN-1', 1, 0.8, 1000],
      ['RUN-2', 6, 0.95, 4000],
      ['RUN-3', 2, 0.93, 1100],
    ]);
    expect(t.missing).toEqual([{ run: 'RUN-4', key: 'latency_p95_ms' }]);
    expect(t.points[2]).toMatchObject({ variantOf: 'm2', yInterval: [0.9, 0.95], xInterval: null });
  });

  it('marks the front: RUN-1 fastest, RUN-2 most accurate, RUN-3 between them', () => {
    expect(buildTradeoff(d).points.map((p) => p.front)).toEqual([true, true, true]);
    const dominated = { ...d, runs: [...d.runs, run(6, { accuracy: 0.9, latency_p95_ms: 2.5 })] };
    expect(buildTradeoff(dominated).points.at(-1)!.front).toBe(false);
  });

  it('bounds the box with must requirements only, the tightest target winning', () => {
    // accuracy ≥ max(0.85, 0.88); latency ≤ 5 (R-4 is only "should").
    expect(buildTradeoff(d).region).toEqual({
      x: { min: null, max: 5, requirements: ['R-3'] },
      y: { min: 0.88, max: null, requirements: ['R-1', 'R-2'] },
    });
  });

  it('says how each run’s machine differs from the serving target', () => {
    const m = runMismatches(d, d.runs[0]!);
    expect(m).toEqual([{ target: 'ST-1', targetName: 'laptop', cores: { measured: 2, target: 4 } }]);
    expect(mismatchSentence(m[0]!)).toBe('measured on 2 cores; the target laptop has 4');
    const threads = mismatchSentence({ target: 'ST-1', targetName: 'laptop', threads: { measured: 2, target: 1 } });
    expect(threads).toBe('measured with 2 threads; the target laptop runs 1');
  });
});

describe('capacity', () => {
  const d = doc();
  d.servingTargets = [laptop];
  d.models = [model(1, 10), model(2, 20)];
  d.requirements = [
    req(1, { metric: 'throughput_qps', op: '>=', target: 50000, servingTarget: 'ST-1', title: 'peak' }),
  ];
  d.runs = [
    run(
      1,
      { server_qps: 21308.6 },
      { model: 'M-1', settings: { batch: 1, threads: 1, bench: true, latencyBoundMs: 5 } },
    ),
    run(2, { server_qps: 50000 }, { model: 'M-2' }),
    run(3, { accuracy: 0.9 }, { model: 'M-2' }),
  ];

  it('needs ⌈target / server QPS⌉ machines: ⌈50000 / 21308.6⌉ = ⌈2.3465⌉ = 3', () => {
    const l = capacityLine(d, d.runs[0]!, 50000, 'ST-1');
    expect(l.machines).toBe(3);
    expect(l.formula).toBe('⌈50000 / 21308.6⌉ = ⌈2.34647⌉ = 3');
    expect(l.latencyBoundMs).toBe(5);
    expect(l.mismatch[0]?.cores).toEqual({ measured: 2, target: 4 });
  });

  it('needs exactly one machine when the target equals the server QPS', () => {
    expect(capacityLine(d, d.runs[1]!, 50000).machines).toBe(1);
  });

  it('gives no count, and says why, for a run without server QPS', () => {
    const l = capacityLine(d, d.runs[2]!, 50000);
    expect(l.machines).toBeNull();
    expect(l.formula).toMatch(/RUN-3 has no server QPS/);
  });

  it('plans each throughput requirement, with every model’s latest run alongside', () => {
    const [plan] = planCapacity(d, d.runs[0]!);
    expect(plan!.requirement).toEqual({ id: 'R-1', title: 'peak', metric: 'throughput_qps' });
    expect(plan!.servingTarget).toEqual({ id: 'ST-1', name: 'laptop' });
    expect(plan!.candidates.map((c) => [c.run, c.machines])).toEqual([
      ['RUN-1', 3],
      ['RUN-3', null],
    ]);
    expect(planCapacity(d, d.runs[0]!, 1000)[0]!.line.machines).toBe(1);
  });
});
