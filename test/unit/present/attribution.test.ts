import { describe, expect, it } from 'vitest';
import { attribute } from '../../../main/core/present/attribution.js';
import { movementTexts } from '../../../shared/present/attribution-text.js';
import { translator } from '../../../shared/report-i18n/i18n.js';
import type { Iteration, ScorecardRow } from '../../../shared/schema.js';
import { closedIteration, doc, model, req, run, scorecardRow } from '../scoring/fixtures.js';

const row = (value: number): ScorecardRow =>
  scorecardRow({
    title: 'accuracy',
    target: 0.9,
    value,
    gap: Math.max(0, 0.9 - value),
    status: value >= 0.9 ? 'met' : 'unmet',
  });

const it_ = (n: number, runId: string, value: number, closedAt: string): Iteration =>
  closedIteration(n, [row(value)], { closedAt, candidateRun: runId });

/** Model M-1 on v1 scores 0.80; M-2 on v2 scores 0.93; the bridge (M-1 on v2) scores 0.86. */
function project(withBridge: boolean) {
  const d = doc();
  d.requirements.push(
    req(1, { history: [{ at: '2025-11-04T00:00:00.000Z', field: 'target', from: 0.85, to: 0.9, reason: 'planning' }] }),
  );
  d.models.push(model('M-1', 'small'), model('M-2', 'wide'));
  d.runs.push(
    run(1, { accuracy: 0.8 }),
    run(2, { accuracy: 0.93 }, { model: 'M-2', dataset: { name: 'digits', version: 2, split: 'test' } }),
  );
  if (withBridge) d.runs.push(run(3, { accuracy: 0.86 }, { dataset: { name: 'digits', version: 2, split: 'test' } }));
  d.iterations.push(
    it_(1, 'RUN-1', 0.8, '2025-11-03T12:00:00.000Z'),
    it_(2, 'RUN-2', 0.93, '2025-11-05T12:00:00.000Z'),
  );
  return d;
}

describe('attribution between two iterations', () => {
  it('names the data, model and target changes, and asks for the bridge run it lacks', () => {
    const a = attribute(project(false), 'IT-1', 'IT-2');
    expect(a.changes).toEqual([
      { kind: 'data', from: 'digits@v1:test', to: 'digits@v2:test' },
      { kind: 'model', from: 'small', to: 'wide' },
    ]);
    expect(a.entries[0]).toMatchObject({ from: 0.8, to: 0.93, total: 0.13 });
    expect(a.entries[0]!.changes).toContainEqual({ kind: 'target', from: 0.85, to: 0.9, reason: 'planning' });
    expect(a.entries[0]!.split).toBeUndefined();
    expect(a.bridgeNeeded).toEqual({ model: 'M-1', dataset: { name: 'digits', version: 2, split: 'test' } });
  });

  it('splits the movement with the bridge run: data 0.86 − 0.80, model 0.93 − 0.86, adding up to 0.13', () => {
    const a = attribute(project(true), 'IT-1', 'IT-2');
    const e = a.entries[0]!;
    expect(e.split).toMatchObject({ bridgeRun: 'RUN-3', bridgeValue: 0.86 });
    expect(e.split!.dataEffect).toBeCloseTo(0.06, 12);
    expect(e.split!.modelEffect).toBeCloseTo(0.07, 12);
    expect(e.split!.dataEffect + e.split!.modelEffect).toBe(e.total);
    expect(e.total).toBeCloseTo(0.13, 12);
    expect(a.bridgeNeeded).toBeUndefined();
    expect(movementTexts(translator('en'), e)).toEqual({ total: '+0.13000', data: '+0.06000', model: '+0.07000' });
  });

  it('prints the parts at one precision so the printed parts add up to the printed total', () => {
    const tr = translator('en');
    const m = movementTexts(tr, {
      unit: 'ms',
      total: -0.007221,
      split: { bridgeRun: 'RUN-9', bridgeValue: 0, dataEffect: -0.0107922, modelEffect: 0.0035712 },
    });
    expect(m).toEqual({ total: '−0.007221 ms', data: '−0.010792 ms', model: '+0.003571 ms' });
    expect(movementTexts(tr, { unit: 'samples', total: 1, split: undefined })).toEqual({
      total: '+1 samples',
      data: '—',
      model: '—',
    });
  });

  it('refuses an unknown iteration, naming the ones there are', () => {
    expect(() => attribute(project(false), 'IT-1', 'IT-9')).toThrow('No iteration "IT-9" (iterations: IT-1, IT-2).');
  });
});
