import { describe, expect, it } from 'vitest';
import { computeStats, lowClasses } from '../../../main/core/datasets/stats.js';
import type { DatasetStats, Sample } from '../../../shared/schema.js';

const h = 'a'.repeat(64);
const s = (path: string, label: string, extra: Partial<Sample> = {}): Sample => ({
  path,
  sha256: h,
  size: 1,
  label,
  ...extra,
});

describe('computeStats', () => {
  it('counts per class (empty classes kept), split and slice', () => {
    const stats = computeStats(
      [
        s('1', 'b', { split: 'train', slices: ['night', 'night', 'blur'] }),
        s('2', 'a', { split: 'test' }),
        s('3', 'b', { slices: ['night'] }),
      ],
      ['a', 'b', 'c'],
    );
    expect(stats).toEqual({
      count: 3,
      classes: { a: 1, b: 2, c: 0 },
      splits: { test: 1, train: 1 },
      slices: { blur: 1, night: 2 },
    });
  });
});

describe('lowClasses (count < 50% of the median class count)', () => {
  const stats = (classes: Record<string, number>): DatasetStats => ({ count: 0, classes, splits: {}, slices: {} });
  it.each([
    // counts sorted 4,10,10,12 → median 10 → flag < 5
    [{ a: 10, b: 4, c: 12, d: 10 }, ['b']],
    // 5 is exactly half of 10: not flagged
    [{ a: 10, b: 5, c: 10 }, []],
    // median 100 (odd count); 0 and 49 both flagged, smallest first
    [{ a: 100, b: 49, c: 0, d: 120, e: 100 }, ['c', 'b']],
    [{ only: 3 }, []],
  ])('%o → %o', (classes, flagged) => {
    expect(lowClasses(stats(classes)).map((l) => l.class)).toEqual(flagged);
  });
  it('reports the median and ratio', () => {
    expect(lowClasses(stats({ a: 10, b: 4, c: 12, d: 10 }))).toEqual([
      { class: 'b', count: 4, median: 10, ratio: 0.4 },
    ]);
  });
});
