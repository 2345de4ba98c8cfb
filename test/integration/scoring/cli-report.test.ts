import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetVersion, doneRun, fixture, modelM1, parseJson, type Fixture } from './cli-fixture.js';

let f: Fixture;
const TITLES = [
  'top-1 accuracy <on homework>',
  'p95 latency on a laptop',
  'rotated digits',
  'every class has data',
  'throughput',
];

beforeAll(async () => {
  f = await fixture();
  await f.seed((s) =>
    s.mutate('seed', (d) => {
      d.project.description = 'A math-homework photo app needs a digit recognizer.';
      d.datasets.push({
        name: 'digits',
        description: '',
        versions: [
          datasetVersion(1, { '0': 120, '1': 140 }),
          datasetVersion(2, { '0': 160, '1': 170 }, { rotated: 40 }),
        ],
      });
      d.runs.push(
        doneRun(1, 1, { accuracy: 0.91, latency_p95_ms: 3.2 }),
        doneRun(2, 2, { accuracy: 0.972, latency_p95_ms: 6.1, 'slice[rotated].accuracy': 0.874 }),
      );
      d.counters.run = 2;
      d.models.push(modelM1());
      d.counters.model = 1;
      d.counters.batch = 2;
      // A user who pastes a link into a rationale must not make the report fetch anything.
      d.decisions.push({
        id: 'Q-1',
        question: 'Do users photograph at an angle? see https://example.com/x.png',
        answer: 'yes',
        askedBy: 'planning',
        answeredBy: 'modeling',
        status: 'answered',
        at: '2025-11-02',
        changed: 'added R-3',
        requirements: ['R-3'],
        datasets: [],
      });
      d.counters.qa = 1;
    }),
  );
  const add = (...a: string[]) => f.cli('requirement', 'add', f.file, ...a);
  await add('--metric', 'accuracy', '--target', '0.95', '--priority', 'must', '--title', TITLES[0]!);
  await add('--metric', 'latency_p95_ms', '--op', '<=', '--target', '5', '--unit', 'ms', '--title', TITLES[1]!);
  await f.cli('iteration', 'close', f.file, '--name', 'baseline', '--run', '1');
  await add(
    '--metric',
    'accuracy',
    '--target',
    '0.9',
    '--scope',
    'digits::rotated',
    '--title',
    TITLES[2]!,
    '--rationale',
    'see <img src="https://evil.example/x.png">',
  );
  await add('--metric', 'data.min_class_count', '--target', '150', '--priority', 'must', '--title', TITLES[3]!);
  await add('--metric', 'throughput_qps', '--target', '2000', '--priority', 'could', '--title', TITLES[4]!);
  await f.cli('requirement', 'set', f.file, 'R-1', '--target', '0.97', '--reason', 'users correct too often');
  await f.cli('iteration', 'close', f.file, '--name', 'angles', '--run', '2', '--notes', 'added rotated slice');
});
afterAll(async () => f.dispose());

describe('gapboard report', () => {
  it('writes a self-contained HTML report with every requirement, the board summary and the iterations', async () => {
    const out = path.join(f.dir, 'report.html');
    const r = await f.cli('report', f.file, '--out', out);
    expect(r).toMatchObject({ code: 0, err: '' });
    const html = await readFile(out, 'utf8');
    for (const [i, title] of TITLES.entries()) {
      expect(html).toContain(`id="R-${i + 1}"`);
      expect(html).toContain(title.replace('<', '&lt;').replace('>', '&gt;'));
    }
    expect(html).toContain('Must 2/2 met · All 2/5');
    expect(html).toContain('IT-1 baseline');
    expect(html).toContain('IT-2 angles');
    expect(html).toContain('target 0.95 → 0.97 — users correct too often');
    expect(html).toMatch(/<figure class="chart" data-chart="value-target-R-1"><svg/);
    expect(html).toMatch(/<figure class="chart" data-chart="burndown">/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'`);
    // No attribute may point outside the file; user text with URLs stays escaped text.
    expect(html).not.toMatch(/\b(?:src|href|xlink:href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(html).not.toMatch(/<(?:script|link|iframe|img)\b/i);
    // The only url()s are the embedded font (a data: URL) and references inside a chart (#id).
    expect(html).not.toMatch(/url\((?!data:|#)/i);
  });

  it('exports the frozen scorecards as CSV and JSON', async () => {
    const csvFile = path.join(f.dir, 'scorecards.csv');
    expect((await f.cli('report', f.file, '--out', csvFile)).code).toBe(0);
    const lines = (await readFile(csvFile, 'utf8')).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'iteration,iteration_name,closed_at,candidate_run,requirement,title,metric,op,target,unit,priority,value,gap,rel_gap,status,evidence',
    );
    expect(lines).toHaveLength(1 + 2 + 5);
    expect(lines[1]).toMatch(
      /^IT-1,baseline,[^,]+,RUN-1,R-1,top-1 accuracy <on homework>,accuracy,>=,0.95,,must,0.91,0.04,/,
    );
    const jsonFile = path.join(f.dir, 'scorecards.json');
    await f.cli('report', f.file, '--out', jsonFile);
    const json = parseJson<{ iterations: { scorecard: unknown[] }[] }>(await readFile(jsonFile, 'utf8'));
    expect(json.iterations.map((it) => it.scorecard.length)).toEqual([2, 5]);
  });

  it('refuses other extensions with a usage error', async () => {
    expect((await f.cli('report', f.file, '--out', path.join(f.dir, 'r.docx'))).code).toBe(2);
  });

  it.skipIf(!existsSync('/usr/bin/chromium'))('prints a PDF through headless Chromium', async () => {
    const out = path.join(f.dir, 'report.pdf');
    const r = await f.cli('report', f.file, '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect((await readFile(out)).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
