import { describe, expect, it } from 'vitest';
import { GapboardError } from '../../../main/core/project/errors.js';
import { effectiveKey } from '../../../main/core/scoring/measure.js';
import { scoreRun, tally } from '../../../main/core/scoring/score.js';
import { doc, fakeDataMetrics, req, run, version } from './fixtures.js';

const opts = { dataMetrics: fakeDataMetrics };

describe('scoreRun', () => {
  it('scores every requirement against the latest finished run by default', () => {
    const d = doc();
    d.requirements = [
      req(1, { target: 0.9 }),
      req(2, { metric: 'latency_p95_ms', op: '<=', target: 5, priority: 'should' }),
    ];
    d.runs = [
      run(1, { accuracy: 0.95, latency_p95_ms: 4 }),
      run(2, { accuracy: 0.85, latency_p95_ms: 6.1 }),
      run(3, {}, { status: 'failed' }),
    ];
    const card = scoreRun(d, undefined, opts);
    expect(card.run).toBe('RUN-2');
    expect(card.rows.map((r) => [r.requirement, r.value, r.gap, r.status])).toEqual([
      ['R-1', 0.85, 0.05, 'unmet'],
      ['R-2', 6.1, 1.1, 'unmet'],
    ]);
    expect(card.rows[0]!.evidence).toBe('RUN-2 · digits@v1:test');
    expect(card.must).toMatchObject({ met: 0, total: 1 });
    expect(card.all).toMatchObject({ met: 0, total: 2 });
  });

  it('accepts 1, #1 and RUN-1, and refuses unknown or unfinished runs', () => {
    const d = doc();
    d.requirements = [req(1)];
    d.runs = [run(1, { accuracy: 0.95 }), run(2, {}, { status: 'failed' })];
    for (const id of ['1', '#1', 'RUN-1', 'run-1']) expect(scoreRun(d, id, opts).rows[0]!.status).toBe('met');
    expect(() => scoreRun(d, '9', opts)).toThrow(/no run RUN-9/);
    expect(() => scoreRun(d, '2', opts)).toThrow(GapboardError);
  });

  it('marks every run metric untested when there is no run, and says why', () => {
    const d = doc();
    d.requirements = [req(1)];
    const card = scoreRun(d, undefined, opts);
    expect(card.run).toBeNull();
    expect(card.rows[0]).toMatchObject({
      value: null,
      gap: null,
      relGap: null,
      status: 'untested',
      evidence: 'no finished run',
    });
  });

  it('treats a metric the run did not measure (absent or null) as untested', () => {
    const d = doc();
    d.requirements = [req(1, { metric: 'throughput_qps', target: 2000 }), req(2, { metric: 'server_qps', target: 10 })];
    d.runs = [run(1, { accuracy: 0.9, server_qps: null })];
    const rows = scoreRun(d, undefined, opts).rows;
    expect(rows.map((r) => r.status)).toEqual(['untested', 'untested']);
    expect(rows[0]!.evidence).toBe('RUN-1 did not measure throughput_qps');
  });

  it('derives error_rate as 1 − accuracy when a run did not record it', () => {
    const d = doc();
    d.requirements = [
      req(1, { metric: 'error_rate', op: '<=', target: 0.05 }),
      req(2, { metric: 'error_rate', op: '<=', target: 0.05, scope: { slice: 'rotated' } }),
    ];
    d.runs = [run(1, { accuracy: 0.97, 'slice[rotated].accuracy': 0.9 })];
    const rows = scoreRun(d, undefined, opts).rows;
    expect(rows[0]).toMatchObject({ value: 0.03, status: 'met' });
    expect(rows[1]).toMatchObject({ value: 0.1, gap: 0.05, status: 'unmet' });
  });
});

describe('scope', () => {
  it('maps a slice scope onto slice keys (quality and data.count), never onto speed or size', () => {
    const k = (metric: string) => effectiveKey(req(1, { metric, scope: { slice: 'rotated' } }));
    expect(k('accuracy')).toBe('slice[rotated].accuracy');
    expect(k('recall[7]')).toBe('slice[rotated].recall[7]');
    expect(k('slice[blurred].accuracy')).toBe('slice[blurred].accuracy');
    expect(k('data.count')).toBe('data.count[slice=rotated]');
    expect(k('latency_p95_ms')).toBe('latency_p95_ms');
    expect(k('model_size_mb')).toBe('model_size_mb');
  });

  it('scores a slice-scoped requirement from the slice metric of the run', () => {
    const d = doc();
    d.requirements = [
      req(1, { scope: { dataset: 'digits', slice: 'rotated' } }),
      req(2, { metric: 'slice[rotated].accuracy' }),
    ];
    d.runs = [run(1, { accuracy: 0.99, 'slice[rotated].accuracy': 0.874 })];
    const rows = scoreRun(d, undefined, opts).rows;
    expect(rows.map((r) => [r.value, r.gap])).toEqual([
      [0.874, 0.026],
      [0.874, 0.026],
    ]);
    // The row keeps the requirement's own key; the slice is part of its scope.
    expect(rows[0]!.metric).toBe('accuracy');
  });

  it('leaves requirements scoped to other data untested for this run', () => {
    const d = doc();
    d.requirements = [
      req(1, { scope: { dataset: 'receipts' } }),
      req(2, { scope: { dataset: 'digits', version: 2 } }),
      req(3, { scope: { dataset: 'digits', split: 'val' } }),
      req(4, { scope: { dataset: 'digits', version: 1, split: 'test' } }),
    ];
    d.runs = [run(1, { accuracy: 0.95 })];
    const rows = scoreRun(d, undefined, opts).rows;
    expect(rows.map((r) => r.status)).toEqual(['untested', 'untested', 'untested', 'met']);
    expect(rows[0]!.evidence).toBe('RUN-1 is on digits@v1:test, not receipts');
  });
});

describe('data requirements', () => {
  function dataDoc() {
    const d = doc();
    d.datasets = [
      {
        name: 'digits',
        description: '',
        versions: [version(1, { a: 100, b: 140 }), version(2, { a: 160, b: 170 }), version(3, { a: 200, b: 150 })],
      },
    ];
    d.requirements = [
      req(1, { metric: 'data.min_class_count', target: 150 }),
      req(2, { metric: 'data.count', target: 300, scope: { dataset: 'digits', version: 1 } }),
    ];
    return d;
  }

  it('measures data on the dataset version of the run, or the version the scope pins', () => {
    const d = dataDoc();
    d.runs = [run(1, {}, { dataset: { name: 'digits', version: 2 } })];
    const rows = scoreRun(d, undefined, opts).rows;
    expect(rows[0]).toMatchObject({ value: 160, status: 'met', evidence: 'digits@v2' });
    expect(rows[1]).toMatchObject({ value: 240, gap: 60, relGap: 0.2, status: 'unmet', evidence: 'digits@v1' });
  });

  it('without a run, uses the latest version (or the iteration’s declared one)', () => {
    const d = dataDoc();
    expect(scoreRun(d, undefined, opts).rows[0]).toMatchObject({ value: 150, evidence: 'digits@v3' });
    expect(scoreRun(d, undefined, { ...opts, datasets: [{ name: 'digits', version: 1 }] }).rows[0]).toMatchObject({
      value: 100,
      status: 'unmet',
    });
  });

  it('is untested when the pinned version does not exist', () => {
    const d = dataDoc();
    d.requirements = [req(1, { metric: 'data.count', target: 1, scope: { dataset: 'digits', version: 9 } })];
    expect(scoreRun(d, undefined, opts).rows[0]).toMatchObject({
      status: 'untested',
      evidence: 'digits@v9 does not exist',
    });
  });
});

describe('tally', () => {
  it('counts must and all, untested counting toward the totals only', () => {
    const rows = [
      { priority: 'must', status: 'met' },
      { priority: 'must', status: 'unmet' },
      { priority: 'must', status: 'untested' },
      { priority: 'should', status: 'met' },
      { priority: 'could', status: 'untested' },
    ] as const;
    expect(tally(rows)).toEqual({
      must: { met: 1, total: 3, counts: { met: 1, unmet: 1, untested: 1, withinNoise: 0 } },
      all: { met: 2, total: 5, counts: { met: 2, unmet: 1, untested: 2, withinNoise: 0 } },
    });
  });
});

describe('data requirements with the datasets module’s figures (default source)', () => {
  it('maps a split scope onto data.count[split=…] and counts labeling cost cumulatively', () => {
    const d = doc();
    const batch = (id: number, unitPrice: number, delivered: number) => ({
      id: `LB-${id}`,
      vendor: 'v',
      guide: { file: 'g.pdf', version: '1' },
      unitPrice,
      currency: 'KRW',
      ordered: delivered,
      delivered,
      accepted: delivered,
      orderedAt: '',
      deliveredAt: '',
      qa: [],
    });
    d.datasets = [
      {
        name: 'digits',
        description: '',
        versions: [
          version(1, { a: 10, b: 10 }, { batches: [batch(1, 100, 20)] }),
          version(
            2,
            { a: 30, b: 10 },
            {
              stats: { count: 40, classes: { a: 30, b: 10 }, splits: { test: 8, train: 32 }, slices: {} },
              batches: [batch(2, 50, 20)],
            },
          ),
        ],
      },
    ];
    d.requirements = [
      req(1, { metric: 'data.count', target: 10, scope: { dataset: 'digits', split: 'test' } }),
      req(2, { metric: 'labeling.cost', op: '<=', target: 2500, scope: { dataset: 'digits', version: 2 } }),
    ];
    const rows = scoreRun(d, undefined).rows;
    expect(rows[0]).toMatchObject({ value: 8, gap: 2, status: 'unmet' });
    // v1: 100 × 20 = 2000, v2: 50 × 20 = 1000 → 3000 spent so far, 500 over the budget.
    expect(rows[1]).toMatchObject({ value: 3000, gap: 500, relGap: 0.2, status: 'unmet' });
  });
});
