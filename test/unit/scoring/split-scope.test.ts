import { describe, expect, it } from 'vitest';
import type { Sample } from '../../../shared/schema.js';
import { dataMetrics } from '../../../main/core/datasets/metrics.js';
import { scoreRun } from '../../../main/core/scoring/score.js';
import { doc, req, version } from './fixtures.js';
import { splitStatsOf } from '../../../main/core/store/sample-data.js';

const sample = (i: number, label: string, split: string): Sample => ({
  path: `${label}/${i}.png`,
  sha256: i.toString(16).padStart(64, '0'),
  size: 100,
  label,
  split,
});

describe('a data requirement scoped to a split counts only that split', () => {
  // train: a×3, b×1 — test: a×1, b×4. Whole version: a×4, b×5.
  const samples = [
    ...[1, 2, 3].map((i) => sample(i, 'a', 'train')),
    sample(4, 'b', 'train'),
    sample(5, 'a', 'test'),
    ...[6, 7, 8, 9].map((i) => sample(i, 'b', 'test')),
  ];
  const d = doc();
  d.datasets = [
    {
      name: 'digits',
      description: '',
      versions: [
        version(
          1,
          { a: 4, b: 5 },
          {
            samples: { store: '0'.repeat(64), rows: samples.length, columns: [], fingerprint: '0'.repeat(64) },
            splitStats: splitStatsOf(samples, ['a', 'b']),
            stats: { count: 9, classes: { a: 4, b: 5 }, splits: { train: 4, test: 5 }, slices: {} },
          },
        ),
      ],
    },
  ];
  d.requirements = [
    req(1, { metric: 'data.min_class_count', target: 2, scope: { dataset: 'digits', split: 'train' } }),
    req(2, { metric: 'data.min_class_count', target: 2, scope: { dataset: 'digits' } }),
    req(3, { metric: 'data.count', target: 5, scope: { dataset: 'digits', split: 'test' } }),
  ];

  it('min class count of the train split is 1 (b), of the whole version 4 (a)', () => {
    const rows = scoreRun(d, undefined, { dataMetrics }).rows;
    expect(rows.map((r) => [r.requirement, r.value, r.status])).toEqual([
      ['R-1', 1, 'unmet'],
      ['R-2', 4, 'met'],
      ['R-3', 5, 'met'],
    ]);
  });
});
