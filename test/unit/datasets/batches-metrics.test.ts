import { describe, expect, it } from 'vitest';
import { batchTotals, costOverVersions } from '../../../main/core/datasets/batches.js';
import { dataMetrics } from '../../../main/core/datasets/metrics.js';
import type { DatasetVersion, LabelingBatch } from '../../../shared/schema.js';

const batch = (
  id: number,
  unitPrice: number,
  delivered: number,
  accepted: number,
  currency = 'EUR',
): LabelingBatch => ({
  id: `LB-${id}`,
  vendor: 'v',
  guide: { file: 'g.pdf', version: '1' },
  unitPrice,
  currency,
  ordered: delivered,
  delivered,
  accepted,
  orderedAt: '',
  deliveredAt: '',
  qa: [],
});

const version = (n: number, batches: LabelingBatch[]): DatasetVersion => ({
  version: n,
  createdAt: 'now',
  layout: 'imagefolder',
  source: 'data',
  notes: '',
  classes: ['a', 'b'],
  stats: { count: 7, classes: { a: 5, b: 2 }, splits: { train: 7 }, slices: { night: 3 } },
  batches,
});

describe('labeling totals (cost = unitPrice × delivered)', () => {
  it('sums cost per currency, accepted rate and cost per accepted sample', () => {
    // 0.5 × 200 + 0.25 × 100 = 125; accepted 150 + 90 of 300 delivered
    const t = batchTotals([batch(1, 0.5, 200, 150), batch(2, 0.25, 100, 90)]);
    expect(t.cost).toEqual({ EUR: 125 });
    expect(t.acceptedRate).toBeCloseTo(240 / 300, 12);
    expect(t.costPerAccepted.EUR).toBeCloseTo(125 / 240, 12);
  });
  it('has no accepted rate before anything is delivered', () => {
    expect(batchTotals([batch(1, 1, 0, 0)]).acceptedRate).toBeNull();
  });
  it('accumulates over versions', () => {
    const ds = {
      name: 'd',
      description: '',
      versions: [version(2, [batch(2, 2, 10, 10)]), version(1, [batch(1, 1, 30, 20)])],
    };
    expect(costOverVersions(ds).map((v) => [v.version, v.totals.cost.EUR, v.cumulative.EUR])).toEqual([
      [1, 30, 30],
      [2, 20, 50],
    ]);
  });
});

describe('dataMetrics', () => {
  it('flattens stats and labeling into metric keys', () => {
    const v1 = version(1, [batch(1, 1, 30, 20)]);
    const v2 = version(2, [batch(2, 2, 10, 10)]);
    expect(dataMetrics(v2)).toEqual({
      'data.count': 7,
      'data.min_class_count': 2,
      'data.count[a]': 5,
      'data.count[b]': 2,
      'data.count[slice=night]': 3,
      'data.count[split=train]': 7,
      'labeling.cost': 20,
      'labeling.accepted_rate': 1,
    });
    // With the dataset's versions: cost and rate so far (v1 + v2): 30 + 20; 30 accepted of 40.
    const cum = dataMetrics(v2, [v1, v2]);
    expect(cum['labeling.cost']).toBe(50);
    expect(cum['labeling.accepted_rate']).toBe(0.75);
    expect(dataMetrics(v1, [v1, v2])['labeling.cost']).toBe(30);
  });
  it('gives no single cost when currencies are mixed', () => {
    expect(dataMetrics(version(1, [batch(1, 1, 1, 1), batch(2, 1, 1, 1, 'KRW')]))['labeling.cost']).toBeNull();
  });
});
