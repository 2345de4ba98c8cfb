/**
 * The board area of the API through the router, on a real project file: the board and the
 * history as the UI receives them, iterations, the Q&A log linked to cards, requirement
 * edits with scope and reasons, and report export to files.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/contract.js';
import type { Board, ProjectHistory } from '../../../shared/contract/board-methods.js';
import { createCore } from '../../../main/core/app/core-factory.js';
import { createMemoryPrefs } from '../../../main/core/app/prefs.js';
import { buildBoardProject, EXPECTED, REQUIREMENTS } from '../../e2e/board-fixture.js';
import { FIXED_NOW, tempDir } from '../../helpers/temp.js';

async function api(dir: string) {
  const { dispatch } = createCore({ host: 'browser', dataDir: dir, prefs: createMemoryPrefs(), now: FIXED_NOW });
  const call = async <T>(name: string, args: unknown = {}): Promise<T> => {
    const r = (await dispatch(name, args)) as ApiResult<T>;
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value;
  };
  const fail = async (name: string, args: unknown) => {
    const r = await dispatch(name, args);
    if (r.ok) throw new Error(`${name} should have failed`);
    return r.error;
  };
  await call('project.open', { path: await buildBoardProject(dir) });
  return { call, fail };
}

describe('board API', () => {
  it('scores the board and the history the way the fixture promises', async () => {
    const { call } = await api(tempDir());
    const board = await call<Board>('board.current');
    expect(board.must).toMatchObject(EXPECTED.must);
    expect(board.must.counts).toEqual(EXPECTED.mustCounts);
    expect(board.all).toMatchObject(EXPECTED.all);
    expect(board.byStatus.unmet).toEqual(['R-2', 'R-3']);
    expect(board.cards.find((c) => c.requirement === 'R-2')!.decisions).toEqual(['Q-1']);
    const history = await call<ProjectHistory>('history.project');
    expect(history.iterations).toHaveLength(EXPECTED.iterations);
    expect(history.requirements.map((s) => s.points.length)).toEqual(REQUIREMENTS.map(() => EXPECTED.iterations));
    // The target line steps: R-2 asked 0.85 at iteration 1, 0.9 afterwards.
    expect(history.requirements[1]!.points.map((p) => p.target)).toEqual([0.85, 0.9, 0.9]);
    const catalog = await call<{ key: string }[]>('metrics.catalog');
    expect(catalog.map((c) => c.key)).toEqual(expect.arrayContaining(['recall[7]', 'slice[rotated].accuracy']));
  });

  it('starts an iteration, switches its candidate, and closes it into a frozen scorecard', async () => {
    const { call, fail } = await api(tempDir());
    await call('iterations.start', { name: 'Iteration 4', datasets: [{ name: 'digits', version: 3 }] });
    expect((await fail('iterations.start', { name: 'again' })).code).toBe('CONFLICT');
    await call('iterations.setCandidate', { run: 'RUN-2' });
    expect((await call<Board>('board.current')).run?.id).toBe('RUN-2');
    const { iteration } = await call<{ iteration: { status: string; scorecard: unknown[] } }>('iterations.close', {});
    expect(iteration.status).toBe('closed');
    expect(iteration.scorecard).toHaveLength(REQUIREMENTS.length);
    expect((await call<ProjectHistory>('history.project')).iterations).toHaveLength(4);
  });

  it('keeps a Q&A log linked to requirements and refuses links to what does not exist', async () => {
    const { call, fail } = await api(tempDir());
    const { id } = await call<{ id: string }>('decisions.add', {
      question: 'Is R-5 per class?',
      requirements: ['R-5'],
    });
    expect(id).toBe('Q-3');
    expect((await call<Board>('board.current')).cards[4]!.decisions).toEqual([id]);
    await call('decisions.update', { id, fields: { answer: 'Yes', status: 'answered' } });
    expect((await fail('decisions.add', { question: 'x', requirements: ['R-99'] })).code).toBe('NOT_FOUND');
    expect((await fail('decisions.add', { question: '' })).code).toBe('BAD_ARGUMENT');
    await call('decisions.remove', { id });
    expect((await call<Board>('board.current')).cards[4]!.decisions).toEqual([]);
  });

  it('edits a requirement with scope and serving target; moving its target needs a reason', async () => {
    const { call, fail } = await api(tempDir());
    const err = await fail('requirements.update', { id: 'R-1', fields: { target: 0.98 } });
    expect(err).toMatchObject({ code: 'BAD_ARGUMENT', message: /reason/ });
    const view = await call<{ doc: { requirements: { id: string; scope: unknown; history: unknown[] }[] } }>(
      'requirements.update',
      { id: 'R-1', fields: { target: 0.98, scope: { dataset: 'digits', split: 'test' } }, reason: 'launch bar' },
    );
    const r1 = view.doc.requirements[0]!;
    expect(r1.scope).toEqual({ dataset: 'digits', split: 'test' });
    expect(r1.history).toEqual([
      expect.objectContaining({ field: 'target', from: 0.97, to: 0.98, reason: 'launch bar' }),
    ]);
    const added = await call<{ id: string }>('requirements.add', {
      metric: 'latency_p99_ms',
      target: 9,
      servingTarget: 'ST-1',
      source: { who: 'Serving', qa: 'Q-2' },
    });
    expect(added.id).toBe('R-9');
    expect((await fail('requirements.add', { metric: 'accuracy', target: 1, servingTarget: 'ST-7' })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('exports the report as HTML, CSV and JSON next to the project', async () => {
    const dir = tempDir();
    const { call } = await api(dir);
    const html = await call<{ path: string; bytes: number }>('report.export', { format: 'html', path: 'report' });
    expect(html.path).toBe(path.join(dir, 'report.html'));
    const text = readFileSync(html.path, 'utf8');
    for (const [title] of REQUIREMENTS) expect(text).toContain(title);
    await call('report.export', { format: 'csv', path: 'cards.csv' });
    await call('report.export', { format: 'json', path: path.join(dir, 'cards') });
    expect(existsSync(path.join(dir, 'cards.csv'))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, 'cards.json'), 'utf8'))).toMatchObject({
      project: 'Digit recognizer',
    });
    expect((await call<{ html: string }>('report.html')).html).toContain('<!doctype html>');
  });
});
