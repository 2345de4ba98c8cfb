import { describe, expect, it } from 'vitest';
import {
  loadgenPercentile,
  minQueriesForBound,
  percentileInterval,
  percentileRanks,
} from '../../../main/core/eval/percentiles.js';

describe('percentiles at LoadGen’s index, sorted[floor(n·p)]', () => {
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  it.each([
    [0.5, 6], // index 5: one rank above nearest-rank's 5, since 10·0.5 is whole
    [0.9, 10], // index 9
    [0.95, 10], // index floor(9.5) = 9
    [0.99, 10],
    [0.1, 2], // index 1
    [0.25, 3], // index floor(2.5) = 2
  ])('p%f of 1..10 is %i', (p, v) => expect(loadgenPercentile(ten, p)).toBe(v));

  it('lands on whole indices despite float products (1000 × 0.95 is index 950)', () => {
    const values = Array.from({ length: 1000 }, (_, i) => i);
    expect(loadgenPercentile(values, 0.95)).toBe(950);
    expect(loadgenPercentile(values, 0.99)).toBe(990);
    expect(loadgenPercentile([], 0.5)).toBeNaN();
  });
});

describe('distribution-free bounds from order statistics', () => {
  it('brackets the median of 10 with ranks 1 and 8 (hand-worked from Bin(10, ½))', () => {
    // P[X ≤ 1] = 11/1024 ≤ 2.5% < P[X ≤ 2] = 56/1024; P[X ≤ 7] = 968/1024 < 97.5% ≤ P[X ≤ 8] = 1013/1024.
    expect(percentileRanks(10, 0.5)).toEqual([1, 8]);
    expect(percentileInterval([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5)).toEqual([2, 9]);
  });

  it('has no upper bound until pⁿ ≤ 2.5%', () => {
    expect(minQueriesForBound(0.99)).toBe(368);
    expect(minQueriesForBound(0.95)).toBe(72);
    expect(minQueriesForBound(0.9)).toBe(36);
    expect(minQueriesForBound(0.5)).toBe(6);
    expect(percentileRanks(367, 0.99)).toBeNull();
    expect(percentileRanks(368, 0.99)?.[1]).toBe(367);
    expect(percentileRanks(5, 0.5)).toBeNull();
  });
});
