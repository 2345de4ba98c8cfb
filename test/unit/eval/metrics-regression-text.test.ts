import { describe, expect, it } from 'vitest';
import { regressionMetrics } from '../../../main/core/eval/metrics-regression.js';
import { ctcGreedyDecode, levenshtein, parseCharset, textMetrics } from '../../../main/core/eval/metrics-text.js';

describe('regressionMetrics', () => {
  it('computes mae, rmse, r2 by hand', () => {
    // errors 1, 0, −1, 2; mean truth 2.5; SS_tot = 2.25 + 0.25 + 0.25 + 2.25 = 5; SS_res = 6
    const m = regressionMetrics({ truth: [1, 2, 3, 4], pred: [2, 2, 2, 6], slices: [['s'], ['s'], [], []] });
    expect(m.mae).toBe(4 / 4);
    expect(m.rmse).toBe(Math.sqrt(6 / 4));
    expect(m.r2).toBe(1 - 6 / 5);
    // slice s: truth 1, 2 / pred 2, 2 → errors 1, 0; mean 1.5; SS_tot 0.5
    expect(m['slice[s].mae']).toBe(1 / 2);
    expect(m['slice[s].r2']).toBe(1 - 1 / 0.5);
  });

  it('gives r2 null for constant truth and all null for no samples', () => {
    expect(regressionMetrics({ truth: [3, 3], pred: [3, 4] }).r2).toBeNull();
    expect(regressionMetrics({ truth: [], pred: [] })).toEqual({ mae: null, rmse: null, r2: null });
  });
});

describe('text metrics', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', 'abc', 0],
    ['flaw', 'lawn', 2],
  ])('levenshtein(%s, %s) = %i', (a, b, d) => {
    expect(levenshtein([...a], [...b])).toBe(d);
  });

  it('computes corpus-level cer and wer and exact_match', () => {
    const m = textMetrics({ truth: ['abc', 'hello world', 'x+y'], pred: ['abd', 'hello word', 'x+y'] });
    // chars: 1 + 1 + 0 edits over 3 + 11 + 3; words: 1 + 1 + 0 over 1 + 2 + 1
    expect(m.cer).toBe(2 / 17);
    expect(m.wer).toBe(2 / 4);
    expect(m.exact_match).toBe(1 / 3);
  });

  it('gives exact_match (a proportion of samples) the Wilson interval of k of n', () => {
    const intervals: Record<string, [number, number]> = {};
    textMetrics({ truth: ['a', 'b', 'c'], pred: ['a', 'x', 'y'], slices: [['s'], ['s'], []] }, intervals);
    // 1 of 3 (z = 1.96): centre (1/3 + z²/6) / (1 + z²/3), half z·√(2/27 + z²/36) / (1 + z²/3).
    const z = 1.959963984540054;
    const d = 1 + (z * z) / 3;
    const centre = (1 / 3 + (z * z) / 6) / d;
    const half = (z * Math.sqrt(2 / 27 + (z * z) / 36)) / d;
    expect(intervals.exact_match![0]).toBeCloseTo(centre - half, 14);
    expect(intervals.exact_match![1]).toBeCloseTo(centre + half, 14);
    expect(Object.keys(intervals)).toEqual(['exact_match', 'slice[s].exact_match']);
  });

  it('counts characters as code points', () => {
    expect(textMetrics({ truth: ['∑𝑥'], pred: ['∑'] }).cer).toBe(1 / 2);
  });

  it('greedy-decodes CTC: arg-max per step, merge repeats, drop blanks', () => {
    const charset = ['', 'a', 'b'];
    // steps: a a ∅ a b b → "aab"
    const steps = [1, 1, 0, 1, 2, 2];
    const scores = steps.flatMap((s) => [0, 1, 2].map((c) => (c === s ? 5 : 0)));
    expect(ctcGreedyDecode(scores, steps.length, charset)).toBe('aab');
    // With blank at index 1, 'a' is the blank and index 0 emits its (empty) text: only "b" is left.
    expect(ctcGreedyDecode(scores, steps.length, charset, 1)).toBe('b');
  });

  it('parses a charset file and inserts the blank when it is not listed', () => {
    expect(parseCharset('a\nb\n<space>\n', 4)).toEqual(['', 'a', 'b', ' ']);
    expect(parseCharset('-\na\nb\n', 3)).toEqual(['-', 'a', 'b']);
  });
});
