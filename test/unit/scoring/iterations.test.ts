import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectSession } from '../../../main/core/project/session.js';
import { addRequirement, updateRequirement } from '../../../main/core/requirements/requirements.js';
import { currentBoard } from '../../../main/core/scoring/board.js';
import { projectHistory, requirementHistory } from '../../../main/core/scoring/history.js';
import { setCandidate } from '../../../main/core/scoring/candidate.js';
import { closeIteration, openIteration, startIteration } from '../../../main/core/scoring/iterations.js';
import { fakeDataMetrics, run, version } from './fixtures.js';
import { tempSession } from './session-fixture.js';

const opts = { dataMetrics: fakeDataMetrics };
let s: ProjectSession;
let dispose: () => Promise<void>;

beforeEach(async () => {
  ({ session: s, dispose } = await tempSession());
  s.mutate('fixture', (d) => {
    d.datasets.push({
      name: 'digits',
      description: '',
      versions: [version(1, { a: 100, b: 120 }), version(2, { a: 160, b: 150 })],
    });
    d.runs.push(
      run(1, { accuracy: 0.9 }),
      run(2, { accuracy: 0.95 }, { dataset: { name: 'digits', version: 2 } }),
      run(3, { accuracy: 0.99 }, { status: 'running' }),
    );
    d.counters.run = 3;
  });
});
afterEach(async () => dispose());

describe('iterations', () => {
  it('allows at most one open iteration', () => {
    startIteration(s, { name: 'one' });
    expect(() => startIteration(s, { name: 'two' })).toThrow(/IT-1 "one" is still open/);
  });

  it('closing freezes a scorecard against the candidate run; later target changes never reach it', () => {
    const r = addRequirement(s, { metric: 'accuracy', target: 0.92, priority: 'must' });
    startIteration(s, { name: 'baseline', notes: 'first model' });
    setCandidate(s, '1');
    const it1 = closeIteration(s, {}, opts);
    expect(it1).toMatchObject({
      id: 'IT-1',
      name: 'baseline',
      status: 'closed',
      candidateRun: 'RUN-1',
      notes: 'first model',
    });
    expect(it1.scorecard).toEqual([
      expect.objectContaining({ requirement: r.id, target: 0.92, value: 0.9, gap: 0.02, status: 'unmet' }),
    ]);
    const frozen = structuredClone(s.doc.iterations[0]!.scorecard);

    updateRequirement(s, r.id, { target: 0.85 }, 'planning accepted lower accuracy');
    expect(s.doc.iterations[0]!.scorecard).toEqual(frozen);
    // The candidate stays chosen after the close: the board still scores RUN-1, now met.
    expect(currentBoard(s.doc, opts).cards[0]).toMatchObject({ target: 0.85, value: 0.9, status: 'met' });
  });

  it('close creates the iteration when none is open, and takes the latest finished run by default', () => {
    addRequirement(s, { metric: 'data.min_class_count', target: 150 });
    const it = closeIteration(s, { name: 'quick', notes: 'n' }, opts);
    expect(it).toMatchObject({
      id: 'IT-1',
      status: 'closed',
      candidateRun: 'RUN-2',
      datasets: [{ name: 'digits', version: 2 }],
    });
    expect(it.scorecard[0]).toMatchObject({ value: 150, status: 'met', evidence: 'digits@v2' });
    expect(openIteration(s.doc)).toBeUndefined();
    expect(() => closeIteration(s, {}, opts)).toThrow(/give a name/);
  });

  it('refuses an unfinished or unknown candidate run', () => {
    expect(() => closeIteration(s, { name: 'x', run: '3' }, opts)).toThrow(/RUN-3 is running/);
    expect(() => closeIteration(s, { name: 'x', run: '8' }, opts)).toThrow(/no run RUN-8/);
    expect(s.doc.iterations).toEqual([]);
  });
});

describe('history over iterations where the target moved', () => {
  it('steps the target line where it changed and keeps each point’s frozen value', () => {
    const r = addRequirement(s, { metric: 'accuracy', target: 0.92, priority: 'must' });
    closeIteration(s, { name: 'i1', run: '1' }, opts);
    updateRequirement(s, r.id, { target: 0.97 }, 'users correct too often');
    closeIteration(s, { name: 'i2', run: '2' }, opts);
    closeIteration(s, { name: 'i3', run: '2' }, opts);
    const series = requirementHistory(s.doc, r.id)!;
    expect(series.points.map((p) => [p.value, p.target, p.status])).toEqual([
      [0.9, 0.92, 'unmet'],
      [0.95, 0.97, 'unmet'],
      [0.95, 0.97, 'unmet'],
    ]);
    expect(s.doc.requirements[0]!.history).toEqual([
      {
        at: expect.stringMatching(/^\d{4}-\d\d-\d\d/) as string,
        field: 'target',
        from: 0.92,
        to: 0.97,
        reason: 'users correct too often',
      },
    ]);
  });

  it('gives one point per closed iteration even for a requirement added later (null before it existed)', () => {
    addRequirement(s, { metric: 'accuracy', target: 0.9 });
    closeIteration(s, { name: 'i1', run: '1' }, opts);
    const late = addRequirement(s, { metric: 'accuracy', target: 0.99, scope: { dataset: 'digits', version: 2 } });
    closeIteration(s, { name: 'i2', run: '2' }, opts);
    const h = projectHistory(s.doc, opts);
    expect(h.iterations.map((i) => i.name)).toEqual(['i1', 'i2']);
    const points = h.requirements.find((x) => x.id === late.id)!.points;
    expect(points.map((p) => p.status)).toEqual([null, 'unmet']);
  });
});
