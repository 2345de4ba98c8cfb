/**
 * Within noise and the candidate: a value whose 95% interval holds the target is counted apart
 * in the headline; the board scores the chosen candidate, never just the last run recorded.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectSession } from '../../../main/core/project/session.js';
import { removeRun } from '../../../main/core/runs/records.js';
import { currentBoard } from '../../../main/core/scoring/board.js';
import { candidateInfo, setCandidate } from '../../../main/core/scoring/candidate.js';
import { closeIteration } from '../../../main/core/scoring/iterations.js';
import { scoreRun } from '../../../main/core/scoring/score.js';
import { doc, fakeDataMetrics, req, run } from './fixtures.js';
import { tempSession } from './session-fixture.js';

const opts = { dataMetrics: fakeDataMetrics };

describe('within noise', () => {
  it('marks a requirement whose interval holds the target, met or not, and counts it apart', () => {
    const d = doc();
    d.requirements = [
      req(1, { target: 0.93 }), // 0.9386 in [0.918, 0.954]: met, within noise
      req(2, { metric: 'min_class_recall', target: 0.93 }), // 0.871 in [0.773, 0.931]: unmet, within noise
      req(3, { metric: 'slice[blurred].accuracy', target: 0.8 }), // [0.88, 0.97]: clearly met
      req(4, { metric: 'recall[7]', target: 0.99 }), // [0.8, 0.9]: clearly unmet
      req(5, { metric: 'macro_f1', target: 0.9 }), // no interval: plainly met
      req(6, { metric: 'top5_accuracy', target: 0.9 }), // not measured: untested
      req(7, { metric: 'error_rate', op: '<=', target: 0.05, priority: 'should' }), // derived from accuracy
    ];
    d.runs = [
      run(
        1,
        {
          accuracy: 0.9386,
          min_class_recall: 0.871,
          'slice[blurred].accuracy': 0.94,
          'recall[7]': 0.85,
          macro_f1: 0.93,
        },
        {
          intervals: {
            accuracy: [0.918, 0.954],
            min_class_recall: [0.773, 0.931],
            'slice[blurred].accuracy': [0.88, 0.97],
            'recall[7]': [0.8, 0.9],
          },
        },
      ),
    ];
    const card = scoreRun(d, undefined, opts);
    expect(card.rows.map((r) => [r.requirement, r.status, r.withinNoise ?? null])).toEqual([
      ['R-1', 'met', true],
      ['R-2', 'unmet', true],
      ['R-3', 'met', false],
      ['R-4', 'unmet', false],
      ['R-5', 'met', null],
      ['R-6', 'untested', null],
      ['R-7', 'unmet', true],
    ]);
    // error_rate = 1 − accuracy: its interval is accuracy's mirrored, [0.046, 0.082].
    expect(card.rows[6]!.interval![0]).toBeCloseTo(0.046, 12);
    expect(card.rows[6]!.interval![1]).toBeCloseTo(0.082, 12);
    expect(card.must).toEqual({ met: 3, total: 6, counts: { met: 2, unmet: 1, untested: 1, withinNoise: 2 } });
    expect(card.all.counts).toEqual({ met: 2, unmet: 1, untested: 1, withinNoise: 3 });
  });
});

let s: ProjectSession;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ session: s, dispose } = await tempSession());
  s.mutate('fixture', (d) => {
    d.requirements.push(req(1, { target: 0.9 }));
    d.runs.push(run(1, { accuracy: 0.95 }), run(2, { accuracy: 0.7 }), run(3, {}, { status: 'running' }));
    d.counters.run = 3;
  });
});
afterEach(async () => dispose());

describe('the candidate', () => {
  it('falls back to the latest finished run, and says so, while none is chosen', () => {
    expect(candidateInfo(s.doc)).toEqual({ run: 'RUN-2', source: 'latest', chosenAt: null, newer: [] });
    expect(currentBoard(s.doc, opts)).toMatchObject({ runSource: 'latest', run: { id: 'RUN-2' } });
  });

  it('is kept when newer runs are recorded; the board names the newer finished runs', () => {
    setCandidate(s, 'RUN-1');
    s.mutate('record', (d) => {
      d.runs.push(run(4, { accuracy: 0.5 }));
    });
    const board = currentBoard(s.doc, opts);
    expect(board).toMatchObject({ runSource: 'candidate', run: { id: 'RUN-1' }, newerRuns: ['RUN-2', 'RUN-4'] });
    expect(board.cards[0]).toMatchObject({ value: 0.95, status: 'met' });
    expect(candidateInfo(s.doc)).toMatchObject({ run: 'RUN-1', source: 'candidate' });
    expect(candidateInfo(s.doc).chosenAt).toMatch(/^2025-11-/);
    // The gate scores the candidate too, and closing an iteration freezes it.
    expect(scoreRun(s.doc, undefined, opts).run).toBe('RUN-1');
    expect(closeIteration(s, { name: 'it' }, opts).candidateRun).toBe('RUN-1');
  });

  it('refuses an unfinished run, can be cleared, and goes when its run is removed', () => {
    expect(() => setCandidate(s, 'RUN-3')).toThrow(/RUN-3 is running; a candidate run must be finished/);
    expect(() => setCandidate(s, 'RUN-9')).toThrow(/No run RUN-9|no run RUN-9/);
    setCandidate(s, '1');
    expect(s.doc.candidate?.run).toBe('RUN-1');
    setCandidate(s, null);
    expect(s.doc.candidate).toBeUndefined();
    setCandidate(s, 'RUN-1');
    removeRun(s, 'RUN-1');
    expect(s.doc.candidate).toBeUndefined();
    s.undo();
    expect(s.doc.candidate?.run).toBe('RUN-1');
  });
});
