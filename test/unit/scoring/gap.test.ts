import { describe, expect, it } from 'vitest';
import { computeGap } from '../../../main/core/scoring/gap.js';

describe('gap rules', () => {
  // [op, target, value, gap, relGap, status] — every expected figure computed by hand.
  const cases = [
    ['>=', 0.97, 0.95, 0.02, 0.02 / 0.97, 'unmet'],
    ['>=', 0.97, 0.97, 0, 0, 'met'],
    ['>=', 0.97, 0.99, 0, 0, 'met'],
    ['>=', 0.9, 0.874, 0.026, 0.026 / 0.9, 'unmet'],
    ['>=', 2000, 1500, 500, 0.25, 'unmet'],
    ['<=', 5, 6.1, 1.1, 0.22, 'unmet'],
    ['<=', 5, 5, 0, 0, 'met'],
    ['<=', 5, 4.2, 0, 0, 'met'],
    ['<=', 1, 1.5, 0.5, 0.5, 'unmet'],
    ['>=', -2, -3, 1, 0.5, 'unmet'],
    ['<=', -2, -1, 1, 0.5, 'unmet'],
    ['<=', 0, 0, 0, 0, 'met'],
    ['<=', 0, 0.1, 0.1, null, 'unmet'],
    ['>=', 0, -1, 1, null, 'unmet'],
    // Float noise is not a miss: 0.1 + 0.2 is 0.30000000000000004 but meets 0.3 exactly.
    ['<=', 0.3, 0.1 + 0.2, 0, 0, 'met'],
  ] as const;

  it.each(cases)('%s target %d, value %d → gap %d, relGap %s, %s', (op, target, value, gap, relGap, status) => {
    const r = computeGap(op, target, value);
    expect(r.status).toBe(status);
    expect(r.gap).toBeCloseTo(gap, 12);
    if (relGap === null) expect(r.relGap).toBeNull();
    else expect(r.relGap).toBeCloseTo(relGap, 12);
  });

  it('keeps gaps free of float noise (0.97 − 0.874 is 0.096, not 0.09599999999999997)', () => {
    expect(computeGap('>=', 0.97, 0.874).gap).toBe(0.096);
  });

  it.each([null, undefined, Number.NaN, Number.POSITIVE_INFINITY])(
    'a value of %s is untested, with no gap',
    (value) => {
      expect(computeGap('>=', 0.9, value)).toEqual({ gap: null, relGap: null, status: 'untested' });
      expect(computeGap('<=', 5, value)).toEqual({ gap: null, relGap: null, status: 'untested' });
    },
  );
});
