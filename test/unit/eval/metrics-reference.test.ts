/**
 * The engine's metrics and statistics against values computed independently by scikit-learn
 * and exact formulas (test/fixtures/reference/make_metrics_reference.py wrote the JSON; run it
 * again after changing a case). Nothing here compares the code with its own output.
 */
import { describe, expect, it } from 'vitest';
import { mcnemarExact, wilson, Z95 } from '../../../main/core/eval/intervals.js';
import { classificationMetrics } from '../../../main/core/eval/metrics-classification.js';
import { loadgenPercentile, percentileInterval, percentileRanks } from '../../../main/core/eval/percentiles.js';
import { REFERENCE } from '../../fixtures/reference/metrics-reference.js';

/** Relative closeness: sums over classes may differ from numpy's in the last bit. */
function close(actual: number | null | undefined, expected: number | null, what: string): void {
  if (expected === null) return void expect(actual ?? null, what).toBeNull();
  expect(actual, what).toBeTypeOf('number');
  expect(Math.abs((actual as number) - expected), what).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
}

describe('classification metrics equal scikit-learn’s', () => {
  it.each(REFERENCE.classification.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const idx = (x: string) => c.classes.indexOf(x);
    const r = classificationMetrics({
      classes: c.classes,
      truth: c.truth.map(idx),
      pred: c.pred.map(idx),
      ...(c.slices ? { slices: c.slices } : {}),
    });
    for (const [key, value] of Object.entries(c.metrics)) close(r.metrics[key], value, key);
    for (const [key, [lo, hi]] of Object.entries(c.intervals)) {
      close(r.intervals[key]?.[0], lo, `${key} low`);
      close(r.intervals[key]?.[1], hi, `${key} high`);
    }
    // No interval the reference does not have (F1, macro averages, undefined proportions).
    expect(Object.keys(r.intervals).sort()).toEqual(Object.keys(c.intervals).sort());
  });
});

describe('statistics equal their exact formulas', () => {
  it('uses the same normal quantile', () => expect(Z95).toBeCloseTo(REFERENCE.z, 14));

  it.each(REFERENCE.wilson.map((w) => [w.k, w.n, w] as const))('Wilson %i of %i', (_k, _n, w) => {
    const ci = wilson(w.k, w.n);
    if (w.interval === null) return void expect(ci).toBeNull();
    close(ci?.[0], w.interval[0], 'low');
    close(ci?.[1], w.interval[1], 'high');
  });

  it.each(REFERENCE.mcnemar.map((m) => [m.b, m.c, m] as const))('McNemar b=%i c=%i', (_b, _c, m) => {
    const p = mcnemarExact(m.b, m.c);
    expect(Math.abs(p - m.p_value)).toBeLessThanOrEqual(1e-10 * m.p_value);
  });

  it.each(REFERENCE.percentiles.map((p) => [p.p, p.n, p] as const))('p%f of %i latencies', (_p, _n, c) => {
    expect(loadgenPercentile(c.values, c.p)).toBe(c.percentile);
    expect(percentileRanks(c.n, c.p)).toEqual(c.ranks);
    expect(percentileInterval(c.values, c.p)).toEqual(c.interval);
  });
});
