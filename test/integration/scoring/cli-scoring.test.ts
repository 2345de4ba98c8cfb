import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectDocument } from '../../../shared/schema.js';
import { datasetVersion, doneRun, fixture, modelM1, parseJson, type Fixture } from './cli-fixture.js';

let f: Fixture;

/** Three dataset versions and three runs of rising quality, like the sample story. */
async function seedStory(): Promise<void> {
  await f.seed((s) =>
    s.mutate('seed', (d) => {
      d.datasets.push({
        name: 'digits',
        description: '',
        versions: [
          datasetVersion(1, { '0': 120, '1': 140 }),
          datasetVersion(2, { '0': 160, '1': 170 }, { rotated: 40 }),
          datasetVersion(3, { '0': 180, '1': 175 }, { rotated: 60 }),
        ],
      });
      d.runs.push(
        doneRun(1, 1, { accuracy: 0.91, latency_p95_ms: 3.2, 'slice[rotated].accuracy': 0.7 }),
        doneRun(2, 2, { accuracy: 0.955, latency_p95_ms: 4.1, 'slice[rotated].accuracy': 0.86 }),
        doneRun(3, 3, { accuracy: 0.972, latency_p95_ms: 6.1, 'slice[rotated].accuracy': 0.874 }),
      );
      d.counters.run = 3;
      d.models.push(modelM1());
      d.counters.model = 1;
      d.counters.batch = 3;
    }),
  );
}

beforeEach(async () => {
  f = await fixture();
  await seedStory();
});
afterEach(async () => f.dispose());

interface ScoreJson {
  run: string | null;
  requirements: Record<string, unknown>[];
  must: { met: number; total: number };
  all: { met: number; total: number };
}

async function onDisk(): Promise<ProjectDocument> {
  return parseJson<ProjectDocument>(await readFile(f.file, 'utf8'));
}

describe('gapboard requirement', () => {
  it('adds (printing the new id), lists, and sets a target with the reason kept in the history', async () => {
    const a = await f.cli(
      'requirement',
      'add',
      f.file,
      '--metric',
      'accuracy',
      '--op',
      '>=',
      '--target',
      '0.97',
      '--priority',
      'must',
      '--title',
      'top-1 accuracy',
    );
    expect(a).toEqual({ code: 0, out: 'R-1\n', err: '' });
    const b = await f.cli(
      'requirement',
      'add',
      f.file,
      '--metric',
      'accuracy',
      '--target',
      '0.9',
      '--scope',
      'digits@v3:test:rotated',
      '--json',
    );
    expect(parseJson<unknown>(b.out)).toMatchObject({
      id: 'R-2',
      op: '>=',
      priority: 'should',
      scope: { dataset: 'digits', version: 3, split: 'test', slice: 'rotated' },
    });

    const list = await f.cli('requirement', 'list', f.file);
    expect(list.out).toMatch(/R-1\s+must\s+accuracy\s+>= 0.97\s+top-1 accuracy/);
    expect(list.out).toMatch(/R-2\s+should\s+accuracy\s+>= 0.9\s+digits@v3:test:rotated/);

    const set = await f.cli(
      'requirement',
      'set',
      f.file,
      'R-1',
      '--target',
      '0.96',
      '--reason',
      'planning: 4% corrections are acceptable',
    );
    expect(set.code).toBe(0);
    const req = (await onDisk()).requirements[0]!;
    expect(req.target).toBe(0.96);
    expect(req.history).toEqual([
      {
        at: expect.stringMatching(/^\d{4}-\d\d-\d\d/) as string,
        field: 'target',
        from: 0.97,
        to: 0.96,
        reason: 'planning: 4% corrections are acceptable',
      },
    ]);
    const listed = parseJson<{ id: string }[]>((await f.cli('requirement', 'list', f.file, '--json')).out);
    expect(listed.map((r) => r.id)).toEqual(['R-1', 'R-2']);
  });

  it('rejects bad input with usage errors (2) or clear failures (1), leaving the file unchanged', async () => {
    const before = await readFile(f.file, 'utf8');
    expect((await f.cli('requirement', 'add', f.file, '--metric', 'accuracy', '--op', '>', '--target', '1')).code).toBe(
      2,
    );
    expect((await f.cli('requirement', 'add', f.file, '--metric', 'accuracy', '--target', 'high')).code).toBe(2);
    const unknown = await f.cli('requirement', 'add', f.file, '--metric', 'acuracy', '--target', '1');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/"acuracy" is not a metric key/);
    expect((await f.cli('requirement', 'set', f.file, 'R-1', '--target', '1')).err).toMatch(/--reason is required/);
    expect((await f.cli('requirement', 'set', f.file, 'R-7', '--target', '1', '--reason', 'x')).err).toMatch(
      /no requirement R-7/,
    );
    expect(await readFile(f.file, 'utf8')).toBe(before);
  });
});

describe('gapboard score (the CI gate)', () => {
  beforeEach(async () => {
    await f.cli(
      'requirement',
      'add',
      f.file,
      '--metric',
      'accuracy',
      '--target',
      '0.97',
      '--priority',
      'must',
      '--title',
      'accuracy',
    );
    await f.cli(
      'requirement',
      'add',
      f.file,
      '--metric',
      'latency_p95_ms',
      '--op',
      '<=',
      '--target',
      '5',
      '--unit',
      'ms',
      '--priority',
      'should',
    );
    await f.cli(
      'requirement',
      'add',
      f.file,
      '--metric',
      'accuracy',
      '--target',
      '0.9',
      '--scope',
      'digits::rotated',
      '--priority',
      'must',
    );
    await f.cli(
      'requirement',
      'add',
      f.file,
      '--metric',
      'data.min_class_count',
      '--target',
      '150',
      '--priority',
      'must',
    );
    await f.cli('requirement', 'add', f.file, '--metric', 'throughput_qps', '--target', '2000', '--priority', 'could');
  });

  it('prints the JSON scorecard of the latest run and exits 1 while a must requirement is unmet', async () => {
    const r = await f.cli('score', f.file, '--json');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Unmet must requirements: R-3/);
    const json = parseJson<ScoreJson>(r.out);
    expect(Object.keys(json)).toEqual(['run', 'requirements', 'must', 'all']);
    expect(json.run).toBe('RUN-3');
    expect(json.requirements.map((x) => [x.id, x.value, x.gap, x.status])).toEqual([
      ['R-1', 0.972, 0, 'met'],
      ['R-2', 6.1, 1.1, 'unmet'],
      ['R-3', 0.874, 0.026, 'unmet'],
      ['R-4', 175, 0, 'met'],
      ['R-5', null, null, 'untested'],
    ]);
    expect(json.requirements[0]).toMatchObject({
      id: 'R-1',
      title: 'accuracy',
      metric: 'accuracy',
      op: '>=',
      target: 0.97,
      priority: 'must',
    });
    expect(json.must).toEqual({ met: 2, total: 3, counts: { met: 2, unmet: 1, untested: 0, withinNoise: 0 } });
    expect(json.all).toMatchObject({ met: 2, total: 5 });
  });

  it('scores an earlier run with --run, and passes once the must gaps are closed', async () => {
    const early = parseJson<ScoreJson>((await f.cli('score', f.file, '--run', '1', '--json')).out);
    expect(early.run).toBe('RUN-1');
    expect(early.requirements[3]).toMatchObject({ value: 120, gap: 30, status: 'unmet' });
    await f.cli('requirement', 'set', f.file, 'R-3', '--target', '0.85', '--reason', 'rotated photos are rare');
    const pass = await f.cli('score', f.file);
    expect(pass.code).toBe(0);
    expect(pass.out).toMatch(/^Run RUN-3 · must 3 met · 0 not met · 0 untested · 0 within noise · all 3\/5 met/);
    expect(pass.out).toMatch(/R-2\s+should\s+latency_p95_ms\s+6.1 ms\s+<= 5 ms\s+1.1 ms\s+unmet/);
    expect((await f.cli('score', f.file, '--run', '9')).code).toBe(1);
  });

  it('fails closed: an untested must requirement exits 1 unless --allow-untested', async () => {
    await f.cli('requirement', 'set', f.file, 'R-3', '--target', '0.85', '--reason', 'rotated photos are rare');
    await f.cli('requirement', 'add', f.file, '--metric', 'recall[7]', '--target', '0.9', '--priority', 'must');
    const gate = await f.cli('score', f.file);
    expect(gate.code).toBe(1);
    expect(gate.err).toBe('Untested must requirements: R-6\n');
    expect(gate.out).toMatch(/must 3 met · 0 not met · 1 untested · 0 within noise/);
    const relaxed = await f.cli('score', f.file, '--allow-untested');
    expect(relaxed.code).toBe(0);
    expect(relaxed.err).toBe('Untested must requirements (allowed by --allow-untested): R-6\n');
  });

  it('scores the chosen candidate, which a newer run does not replace', async () => {
    expect((await f.cli('candidate', f.file)).out).toBe(
      'No candidate chosen; the board scores the latest finished run, RUN-3\n',
    );
    const set = await f.cli('candidate', f.file, '2', '--json');
    expect(set.code, set.err).toBe(0);
    expect(parseJson(set.out)).toMatchObject({ run: 'RUN-2', source: 'candidate', newer: ['RUN-3'] });
    expect((await f.cli('candidate', f.file)).out).toMatch(
      /^Candidate: RUN-2 \(chosen 2025-11-01\)\nNewer runs: RUN-3\n$/,
    );
    expect(parseJson<ScoreJson>((await f.cli('score', f.file, '--json')).out).run).toBe('RUN-2');
    expect((await f.cli('candidate', f.file, '--clear')).out).toMatch(/latest finished run, RUN-3/);
    const bad = await f.cli('candidate', f.file, 'RUN-9');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/no run RUN-9/i);
  });
});

describe('gapboard iteration', () => {
  it('closes three iterations with frozen scorecards that later target changes do not touch', async () => {
    await f.cli('requirement', 'add', f.file, '--metric', 'accuracy', '--target', '0.95', '--priority', 'must');
    await f.cli(
      'requirement',
      'add',
      f.file,
      '--metric',
      'accuracy',
      '--target',
      '0.9',
      '--scope',
      'digits::rotated',
      '--priority',
      'should',
    );
    expect(
      (await f.cli('iteration', 'close', f.file, '--name', 'baseline', '--run', '1', '--notes', 'softmax on v1')).out,
    ).toBe('Closed IT-1 "baseline": must 0/1 · all 0/2 (candidate RUN-1)\n');
    await f.cli('requirement', 'set', f.file, 'R-1', '--target', '0.97', '--reason', 'users correct too often');
    await f.cli('iteration', 'start', f.file, '--name', 'rotated', '--datasets', 'digits@v2');
    await f.cli('iteration', 'close', f.file, '--run', '2');
    await f.cli('iteration', 'close', f.file, '--name', 'relabel', '--run', '3');
    const frozen = (await onDisk()).iterations.map((it) => it.scorecard);
    await f.cli('requirement', 'set', f.file, 'R-1', '--target', '0.99', '--reason', 'stretch');
    const after = await onDisk();
    expect(after.iterations.map((it) => it.scorecard)).toEqual(frozen);
    expect(frozen.map((card) => [card[0]!.target, card[0]!.value])).toEqual([
      [0.95, 0.91],
      [0.97, 0.955],
      [0.97, 0.972],
    ]);
    expect(after.iterations[1]).toMatchObject({
      name: 'rotated',
      datasets: [{ name: 'digits', version: 2 }],
      candidateRun: 'RUN-2',
    });

    const list = await f.cli('iteration', 'list', f.file);
    expect(list.out.split('\n').slice(1, 4)).toEqual([
      expect.stringMatching(/^IT-1\s+baseline\s+closed\s+2025-11-01\s+RUN-1\s+must 0\/1 · all 0\/2$/),
      expect.stringMatching(/^IT-2\s+rotated\s+closed .*RUN-2\s+must 0\/1 · all 0\/2$/),
      expect.stringMatching(/^IT-3\s+relabel\s+closed .*RUN-3\s+must 1\/1 · all 1\/2$/),
    ]);
    const json = parseJson<{ must: unknown }[]>((await f.cli('iteration', 'list', f.file, '--json')).out);
    expect(json.map((it) => it.must)).toMatchObject([
      { met: 0, total: 1 },
      { met: 0, total: 1 },
      { met: 1, total: 1 },
    ]);
  });

  it('refuses to start a second open iteration', async () => {
    await f.cli('iteration', 'start', f.file, '--name', 'a');
    const r = await f.cli('iteration', 'start', f.file, '--name', 'b');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/IT-1 "a" is still open/);
  });
});
