import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { createCore } from '../../../main/core/app/core-factory.js';
import { createMemoryPrefs } from '../../../main/core/app/prefs.js';
import { tempDir } from '../../helpers/temp.js';

function setup() {
  const dir = tempDir();
  let clock = 0;
  const now = () => new Date(Date.UTC(2026, 10, 1, 0, clock++)).toISOString();
  const { core, dispatch } = createCore({ host: 'browser', dataDir: dir, prefs: createMemoryPrefs(), now });
  return { dir, core, dispatch };
}

const card = async (dispatch: ReturnType<typeof setup>['dispatch'], id: string) => {
  const board = (await dispatch('board.current', {})) as { ok: true; value: { cards: Record<string, unknown>[] } };
  return board.value.cards.find((c) => c.requirement === id)!;
};

it('a manual requirement gathers evidence, is judged by a named person, and is judged again each iteration', async () => {
  const { dir, core, dispatch } = setup();
  await dispatch('project.create', { path: path.join(dir, 'ocr.gapboard'), name: 'OCR' });
  const added = await dispatch('requirements.add', { metric: 'manual', target: 7, title: 'Two taps to correct' });
  expect(added).toMatchObject({ ok: true, value: { id: 'R-1' } });
  expect(core.requireSession().doc.requirements[0]).toMatchObject({
    op: '>=',
    target: 1,
    manual: { evidence: [], judgments: [] },
  });
  expect(await card(dispatch, 'R-1')).toMatchObject({ status: 'untested', evidence: 'not judged yet' });

  const shot = path.join(dir, 'usability-test.png');
  writeFileSync(shot, 'png bytes');
  expect(await dispatch('requirements.addEvidence', { id: 'R-1', kind: 'file', path: shot, by: 'Kim' })).toMatchObject({
    ok: true,
    value: { evidence: { kind: 'file', file: 'evidence/R-1/usability-test.png', addedBy: 'Kim' } },
  });
  expect(readFileSync(path.join(dir, 'evidence/R-1/usability-test.png'), 'utf8')).toBe('png bytes');
  await dispatch('requirements.addEvidence', {
    id: 'R-1',
    kind: 'note',
    text: '5 of 5 testers fixed a digit in 2 taps',
  });
  expect(await dispatch('requirements.addEvidence', { id: 'R-1', kind: 'qa', qa: 'Q-4' })).toMatchObject({
    ok: false,
    error: { message: 'There is no Q&A entry Q-4 in this project.' },
  });
  expect(await dispatch('requirements.addEvidence', { id: 'R-1', kind: 'file', path: 'nope.png' })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND', message: expect.stringContaining('Cannot read the evidence file') as unknown },
  });

  expect(await dispatch('requirements.judge', { id: 'R-1', verdict: 'met', by: 'Kim', reason: '' })).toMatchObject({
    ok: false,
    error: { code: 'BAD_ARGUMENT', message: expect.stringContaining('reason') as unknown },
  });
  await dispatch('requirements.judge', { id: 'R-1', verdict: 'met', by: 'Kim', reason: 'usability test passed' });
  expect(await card(dispatch, 'R-1')).toMatchObject({
    status: 'met',
    value: 1,
    evidence: 'judged met by Kim on 2026-11-01: usability test passed',
  });

  // A new iteration asks again; the judgment given then is what its scorecard freezes.
  await dispatch('iterations.start', { name: 'Iteration 1' });
  expect(await card(dispatch, 'R-1')).toMatchObject({
    status: 'untested',
    evidence: 'needs judging again for IT-1 (last: met, by Kim)',
  });
  await dispatch('requirements.judge', { id: 'R-1', verdict: 'unmet', by: 'Lee', reason: 'new keyboard needs 4 taps' });
  const closed = await dispatch('iterations.close', {});
  expect(closed).toMatchObject({
    ok: true,
    value: { iteration: { scorecard: [{ requirement: 'R-1', status: 'unmet', value: 0, gap: 1 }] } },
  });

  // Metric requirements take neither evidence nor judgments.
  await dispatch('requirements.add', { metric: 'accuracy', target: 0.9 });
  expect(await dispatch('requirements.judge', { id: 'R-2', verdict: 'met', by: 'Kim', reason: 'x' })).toMatchObject({
    ok: false,
    error: { message: 'R-2 is measured by accuracy; only manual requirements take evidence and judgments.' },
  });

  // With a team, only a member signs.
  core.requireSession().mutate('team', (d) => void (d.project.team = [{ name: 'Kim', roles: ['planning'] }]));
  expect(await dispatch('requirements.judge', { id: 'R-1', verdict: 'met', by: 'Lee', reason: 'ok' })).toMatchObject({
    ok: false,
    error: { message: 'Lee is not on the team (Kim); a team member judges R-1.' },
  });
  await dispatch('project.save', {});
  expect(existsSync(path.join(dir, 'ocr.gapboard'))).toBe(true);
});

it('the CLI attaches evidence and records a judgment; score counts it like any other requirement', async () => {
  const { runCli } = await import('../../../main/core/cli/run-cli.js');
  const { captureIo } = await import('../../helpers/temp.js');
  const dir = tempDir();
  const cli = async (...argv: string[]) => {
    const { io, cli: cio } = captureIo(dir);
    return { code: await runCli(argv, cio), ...io };
  };
  await cli('new', 'p.gapboard');
  expect(
    (await cli('requirement', 'add', 'p.gapboard', '--metric', 'manual', '--target', '1', '--priority', 'must')).code,
  ).toBe(0);
  writeFileSync(path.join(dir, 'guide.pdf'), 'pdf');
  const ev = await cli('requirement', 'evidence', 'p.gapboard', 'R-1', '--file', 'guide.pdf', '--by', 'Kim');
  expect(ev).toMatchObject({ code: 0, out: 'Attached file evidence/R-1/guide.pdf to R-1\n' });
  expect((await cli('requirement', 'evidence', 'p.gapboard', 'R-1', '--note', 'x', '--qa', 'Q-1')).code).toBe(2);
  const unjudged = await cli('score', 'p.gapboard', '--json', '--strict');
  expect(unjudged.code).toBe(1);
  const judged = await cli(
    'requirement',
    'judge',
    'p.gapboard',
    'R-1',
    '--verdict',
    'met',
    '--by',
    'Kim',
    '--reason',
    'guide covers minus signs',
  );
  expect(judged).toMatchObject({ code: 0, out: 'R-1 judged met by Kim\n' });
  const score = await cli('score', 'p.gapboard', '--json', '--strict');
  expect(score.code).toBe(0);
  expect(score.out).toContain('judged met by Kim on 2026-01-02: guide covers minus signs');
});
