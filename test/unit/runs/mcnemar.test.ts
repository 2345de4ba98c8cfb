/**
 * The exact McNemar test against p-values computed with exact integers by
 * fixtures/mcnemar_exact.py (math.comb and fractions; the JSON beside it is its output).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mcnemar, mcnemarExact } from '../../../main/core/runs/mcnemar.js';

const CASES = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures/mcnemar-exact.json'), 'utf8')) as {
  b: number;
  c: number;
  p: number;
}[];

describe('exact McNemar p-value', () => {
  it.each(CASES)('b=$b, c=$c → p=$p (python, exact integers)', ({ b, c, p }) => {
    const got = mcnemarExact(b, c);
    expect(Math.abs(got - p) / p).toBeLessThan(1e-9);
  });

  it('gives exactly 1 where the tail sum is exactly a half', () => {
    // 2·P(X ≤ 1), X ~ Bin(3, ½) = 2·(1 + 3)/8 = 1: no rounding below it.
    expect(mcnemarExact(1, 2)).toBe(1);
  });

  it('is symmetric in b and c', () => {
    expect(mcnemarExact(17, 4)).toBe(mcnemarExact(4, 17));
  });

  it('rejects counts that are not whole numbers', () => {
    expect(() => mcnemarExact(-1, 2)).toThrow(/whole numbers/);
    expect(() => mcnemarExact(1.5, 2)).toThrow(/whole numbers/);
  });
});

describe('discordant pairs', () => {
  it('counts only the pairs where exactly one run is right', () => {
    // Pairs: (T,T) (T,F) (T,F) (F,T) (F,F) → b = 2, c = 1; p = 2·(1+3)/8 = 1 → capped at 1.
    const r = mcnemar([true, true, true, false, false], [true, false, false, true, false]);
    expect([r.b, r.c]).toEqual([2, 1]);
    expect(r.pValue).toBe(1);
  });

  it('refuses unpaired vectors', () => {
    expect(() => mcnemar([true], [true, false])).toThrow(/paired/);
  });
});
