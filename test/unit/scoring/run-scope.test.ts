import { describe, expect, it } from 'vitest';
import { includesTraining, splitIncludesTraining } from '../../../shared/training-data.js';
import { mustScope, runMustRequirements, scopeAdmits } from '../../../shared/run-scope.js';
import { doc, req, version } from './fixtures.js';

describe('the data a run must be on', () => {
  it('admits a run only inside every scoped part (dataset, version, split)', () => {
    const on = { name: 'digits', version: 3, split: 'test' };
    expect(scopeAdmits({}, on)).toBe(true);
    expect(scopeAdmits({ dataset: 'digits', split: 'test' }, on)).toBe(true);
    expect(scopeAdmits({ dataset: 'digits', split: 'test' }, { name: 'digits', version: 3 })).toBe(false);
    expect(scopeAdmits({ dataset: 'digits', version: 2 }, on)).toBe(false);
    expect(scopeAdmits({ dataset: 'photos' }, on)).toBe(false);
  });

  it('takes the form’s default from the scope most must requirements a run measures share', () => {
    const d = doc();
    d.requirements = [
      req(1, { scope: { dataset: 'digits', split: 'test' } }),
      req(2, { metric: 'latency_p95_ms', scope: { dataset: 'digits', split: 'test' } }),
      req(3, { metric: 'data.count', scope: { dataset: 'digits', split: 'train' } }),
      req(4, { priority: 'should', scope: { dataset: 'other', version: 1 } }),
      req(5, { scope: { dataset: 'digits', version: 2, split: 'val' } }),
    ];
    expect(runMustRequirements(d).map((r) => r.id)).toEqual(['R-1', 'R-2', 'R-5']);
    expect(mustScope(d)).toEqual({ name: 'digits', split: 'test' });
    expect(mustScope(doc())).toBeNull();
  });
});

describe('training data', () => {
  const v = version(
    1,
    { a: 10 },
    { stats: { count: 10, classes: { a: 10 }, splits: { train: 8, test: 2 }, slices: {} } },
  );
  it('is in the train split and in "all samples" of a version that has one', () => {
    expect(splitIncludesTraining(v, 'train')).toBe(true);
    expect(splitIncludesTraining(v, 'test')).toBe(false);
    expect(splitIncludesTraining(v, undefined)).toBe(true);
    expect(splitIncludesTraining({ stats: { ...v.stats, splits: { test: 2 } } }, undefined)).toBe(false);
    const d = doc();
    d.datasets = [{ name: 'digits', description: '', versions: [v] }];
    expect(includesTraining(d, { dataset: { name: 'digits', version: 1 } })).toBe(true);
    expect(includesTraining(d, { dataset: { name: 'digits', version: 1, split: 'test' } })).toBe(false);
    expect(includesTraining(d, {})).toBe(false);
  });
});
