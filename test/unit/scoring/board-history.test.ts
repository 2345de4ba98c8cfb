import { describe, expect, it } from 'vitest';
import type { Iteration, ScorecardRow } from '../../../shared/schema.js';
import { currentBoard } from '../../../main/core/scoring/board.js';
import { burndown, projectHistory } from '../../../main/core/scoring/history.js';
import { closedIteration, doc, fakeDataMetrics, model, NOW, req, run, scorecardRow, version } from './fixtures.js';

const opts = { dataMetrics: fakeDataMetrics };

const row = (requirement: string, priority: ScorecardRow['priority'], status: ScorecardRow['status']): ScorecardRow =>
  scorecardRow({ requirement, title: requirement, priority, status });

const closed = (n: number, scorecard: ScorecardRow[], over: Partial<Iteration> = {}): Iteration =>
  closedIteration(n, scorecard, { name: `i${n}`, ...over });

describe('currentBoard', () => {
  function boardDoc() {
    const d = doc();
    d.models.push(model('M-1', 'mlp-wide'));
    d.requirements = [
      req(1, { target: 0.9 }),
      req(2, { metric: 'latency_p95_ms', op: '<=', target: 5, priority: 'should' }),
      req(3, { metric: 'model_size_mb', op: '<=', target: 1 }),
      req(4, { metric: 'data.min_class_count', target: 150, priority: 'must' }),
    ];
    d.datasets = [{ name: 'digits', description: '', versions: [version(1, { a: 100, b: 200 })] }];
    d.runs = [run(1, { accuracy: 0.8, latency_p95_ms: 4 }), run(2, { accuracy: 0.95, latency_p95_ms: 6.1 })];
    d.decisions.push({
      id: 'Q-1',
      question: 'rotated?',
      answer: 'yes',
      askedBy: '',
      answeredBy: '',
      status: 'answered',
      at: NOW,
      changed: '',
      requirements: ['R-1'],
      datasets: [],
    });
    return d;
  }

  it('scores the latest finished run when no iteration is open, with header counts and groupings', () => {
    const b = currentBoard(boardDoc(), opts);
    expect(b.run).toMatchObject({ id: 'RUN-2', modelName: 'mlp-wide', dataset: { name: 'digits', version: 1 } });
    expect(b.runSource).toBe('latest');
    expect(b.must).toMatchObject({ met: 1, total: 3 });
    expect(b.all).toMatchObject({ met: 1, total: 4 });
    expect(b.byStatus).toEqual({ met: ['R-1'], unmet: ['R-2', 'R-4'], untested: ['R-3'] });
    expect(b.byKind).toEqual({ quality: ['R-1'], speed: ['R-2'], size: ['R-3'], data: ['R-4'] });
    expect(b.cards[0]).toMatchObject({
      evidence: 'RUN-2 · digits@v1:test',
      evidenceRef: { run: 'RUN-2' },
      decisions: ['Q-1'],
    });
    expect(b.cards[3]).toMatchObject({ value: 100, gap: 50, evidenceRef: { dataset: { name: 'digits', version: 1 } } });
  });

  it('prefers the open iteration’s candidate run, and trends over the frozen scorecards', () => {
    const d = boardDoc();
    d.iterations = [
      closed(1, [{ ...row('R-1', 'must', 'unmet'), value: 0.7, target: 0.85 }]),
      closed(2, [{ ...row('R-1', 'must', 'met'), value: 0.9, target: 0.9 }]),
      {
        id: 'IT-3',
        name: 'now',
        status: 'open',
        startedAt: NOW,
        notes: '',
        candidateRun: 'RUN-1',
        datasets: [],
        scorecard: [],
      },
    ];
    const b = currentBoard(d, opts);
    expect(b.iteration).toEqual({ id: 'IT-3', name: 'now' });
    expect(b.runSource).toBe('candidate');
    expect(b.cards[0]).toMatchObject({ value: 0.8, status: 'unmet' });
    expect(b.cards[0]!.trend).toEqual([
      { iteration: 'IT-1', value: 0.7, target: 0.85, status: 'unmet' },
      { iteration: 'IT-2', value: 0.9, target: 0.9, status: 'met' },
    ]);
    expect(b.cards[1]!.trend).toEqual([]);
  });
});

describe('history', () => {
  it('burns down unmet and untested must / should per iteration (could is not counted)', () => {
    const its = [
      closed(1, [
        row('R-1', 'must', 'unmet'),
        row('R-2', 'must', 'unmet'),
        row('R-3', 'should', 'untested'),
        row('R-4', 'could', 'unmet'),
      ]),
      closed(2, [
        row('R-1', 'must', 'met'),
        row('R-2', 'must', 'unmet'),
        row('R-3', 'should', 'unmet'),
        row('R-4', 'could', 'unmet'),
      ]),
      closed(3, [
        row('R-1', 'must', 'met'),
        row('R-2', 'must', 'met'),
        row('R-3', 'should', 'met'),
        row('R-4', 'could', 'unmet'),
      ]),
    ];
    expect(burndown(its).map((p) => [p.unmetMust, p.unmetShould, p.untestedShould, p.must.met, p.all.met])).toEqual([
      [2, 0, 1, 0, 0],
      [1, 1, 0, 1, 1],
      [0, 0, 0, 2, 3],
    ]);
  });

  it('sets cumulative labeling cost (every version up to the newest used) against accuracy', () => {
    const d = doc();
    const priced = (v: number) =>
      version(
        v,
        { a: 10 },
        {
          batches: [
            {
              id: `LB-${v}`,
              vendor: 'v',
              guide: { file: 'g', version: '1' },
              unitPrice: 50,
              currency: 'KRW',
              ordered: 0,
              delivered: 0,
              accepted: 0,
              orderedAt: '',
              deliveredAt: '',
              qa: [],
            },
          ],
        },
      );
    d.datasets = [{ name: 'digits', description: '', versions: [priced(1), priced(2), priced(3)] }];
    d.runs = [run(1, { accuracy: 0.9 }), run(2, { accuracy: 0.96 }, { dataset: { name: 'digits', version: 3 } })];
    d.iterations = [closed(1, [], { candidateRun: 'RUN-1' }), closed(2, [], { candidateRun: 'RUN-2' }), closed(3, [])];
    // fakeDataMetrics prices version v at v × 1000: 1000, then 1000 + 2000 + 3000.
    expect(projectHistory(d, opts).costVsQuality).toEqual([
      { iteration: 'IT-1', run: 'RUN-1', cumulativeCost: 1000, currency: 'KRW', quality: 0.9 },
      { iteration: 'IT-2', run: 'RUN-2', cumulativeCost: 6000, currency: 'KRW', quality: 0.96 },
      { iteration: 'IT-3', cumulativeCost: 6000, currency: 'KRW', quality: null },
    ]);
  });

  it('keeps a deleted requirement’s series from the old scorecards, marked not current', () => {
    const d = doc();
    d.requirements = [req(1)];
    d.iterations = [closed(1, [row('R-1', 'must', 'met'), { ...row('R-9', 'should', 'unmet'), title: 'gone' }])];
    const h = projectHistory(d, opts);
    expect(h.requirements.map((r) => [r.id, r.current, r.title])).toEqual([
      ['R-1', true, 'req 1'],
      ['R-9', false, 'gone'],
    ]);
  });
});
