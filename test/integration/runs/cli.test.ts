/**
 * `gapboard eval` and `gapboard model add|list` in process: the `--json` shape scripts rely
 * on, the readable table, recording a run, and exit codes (2 wrong usage, 1 failure).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/core/cli/run-cli.js';
import { parseDocument } from '../../../main/core/project/document.js';
import { captureIo, tempDir } from '../../helpers/temp.js';
import { linearModel } from '../../helpers/onnx-builder.js';
import { removeShadesTemplate, shadesCopy } from './fixtures.js';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = tempDir('gapboard-runs-cli-');
  file = await shadesCopy(dir);
});
afterAll(removeShadesTemplate);

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { io, cli: cio } = captureIo(dir);
  const code = await runCli(argv, cio);
  return { code, ...io };
}

const docOf = async () => parseDocument(await readFile(file), 'p.gapboard').doc;

describe('gapboard eval (ad hoc)', () => {
  it('prints one JSON object with n, classes, flat metrics, confusion, environment and issues', async () => {
    const r = await cli(
      'eval',
      '--model',
      'models/bright.onnx',
      '--data',
      'data/manifest.jsonl',
      '--split',
      'test',
      '--json',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Record<string, unknown> & { metrics: Record<string, number> };
    expect(Object.keys(j)).toEqual([
      'n',
      'classes',
      'metrics',
      'intervals',
      'confusion',
      'environment',
      'issues',
      'flags',
      'preprocessing',
    ]);
    expect(j.n).toBe(6);
    expect(j.classes).toEqual(['dark', 'light']);
    expect(j.confusion).toEqual([
      [2, 1],
      [1, 2],
    ]);
    expect(j.metrics.accuracy).toBeCloseTo(4 / 6, 12);
    expect(j.metrics['recall[dark]']).toBeCloseTo(2 / 3, 12);
    expect(j.metrics['slice[rot].accuracy']).toBeCloseTo(1 / 3, 12);
    expect(j.issues).toEqual([]);
    const env = j.environment as { cores: number; runtime: string };
    expect(env.cores).toBeGreaterThan(0);
    expect(env.runtime).toMatch(/onnxruntime-node/);
  });

  it('reads a CSV table (every column but the label is a feature) and prints a readable table', async () => {
    // y = argmax(x·W): class a when f1 > f2, b otherwise; the third row is labelled b but is an "a".
    await writeFile(path.join(dir, 't.csv'), 'f1,f2,kind\n1,0,a\n0,1,b\n3,2,b\n0.5,2,b\n');
    await writeFile(
      path.join(dir, 'lin.onnx'),
      linearModel({
        weights: [
          [1, 0],
          [0, 1],
        ],
      }),
    );
    const r = await cli('eval', '--model', 'lin.onnx', '--data', 't.csv', '--label', 'kind');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/lin\.onnx on t\.csv: 4 samples scored, 2 classes/);
    // 3 of 4 right: Wilson 95% interval [0.3006, 0.9544].
    expect(r.out).toMatch(/^accuracy\s+0\.7500\s+0\.3006 – 0\.9544$/m);
    expect(r.out).toMatch(/^b\s+1\.0000\s+0\.6667\s+0\.8000\s+3$/m); // class, precision, recall, f1, support
    expect(r.out).toMatch(/confusion \(rows = true class, columns = predicted\)/);
  });

  it('exits 2 on wrong usage and 1 when the evaluation fails', async () => {
    expect((await cli('eval', '--data', 'data')).code).toBe(2);
    expect((await cli('eval', '--model', 'm.onnx', '--data', 'data', '--size', '28')).code).toBe(2);
    expect((await cli('eval', '--model', 'm.onnx', '--data', 'data', '--color', 'blue')).code).toBe(2);
    expect((await cli('eval', '--model', 'm.onnx', '--dataset', 'shades@v1')).code).toBe(2);
    expect((await cli('eval', 'p.gapboard', '--model', 'bright', '--dataset', 'shades')).code).toBe(2);
    expect((await cli('eval', 'p.gapboard', '--model', 'bright', '--data', 'data')).code).toBe(2);
    const missing = await cli('eval', '--model', 'models/none.onnx', '--data', 'data/manifest.jsonl', '--json');
    expect(missing.code).toBe(1);
    expect(missing.out).toBe('');
    expect(missing.err).toMatch(/none\.onnx/);
  });
});

describe('gapboard model and eval in a project', () => {
  it('registers, lists, evaluates a split and records the run; a failing model is recorded as failed (exit 1)', async () => {
    expect((await cli('model', 'add', 'p.gapboard', '--path', 'models/bright.onnx')).code).toBe(0);
    expect((await cli('model', 'add', 'p.gapboard', '--path', 'models/three.onnx', '--name', 'wide')).code).toBe(0);
    const list = await cli('model', 'list', 'p.gapboard', '--json');
    expect((JSON.parse(list.out) as { id: string; name: string }[]).map((m) => `${m.id} ${m.name}`)).toEqual([
      'M-1 bright',
      'M-2 wide',
    ]);
    expect((await cli('model', 'list', 'p.gapboard')).out).toMatch(/^M-1\s+bright\s+models\/bright\.onnx/m);

    const before = await readFile(file, 'utf8');
    const dry = await cli('eval', 'p.gapboard', '--model', 'bright', '--dataset', 'shades@v1:test', '--json');
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.out)).not.toHaveProperty('run');
    expect(await readFile(file, 'utf8')).toBe(before); // without --record nothing is written

    const rec = await cli(
      'eval',
      'p.gapboard',
      '--model',
      'bright',
      '--dataset',
      'shades@v1:test',
      '--record',
      '--json',
    );
    expect(rec.code).toBe(0);
    const j = JSON.parse(rec.out) as { run: string; n: number; metrics: Record<string, number> };
    expect(j.run).toBe('RUN-1');
    expect(j.n).toBe(6);
    expect(j.metrics.accuracy).toBeCloseTo(4 / 6, 12);
    expect((await docOf()).runs[0]).toMatchObject({ id: 'RUN-1', status: 'done', dataset: { split: 'test' } });

    const bad = await cli('eval', 'p.gapboard', '--model', 'wide', '--dataset', 'shades@v1', '--record');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/3 scores per sample.*recorded as RUN-2/);
    const doc = await docOf();
    expect(doc.runs.map((r) => `${r.id} ${r.status}`)).toEqual(['RUN-1 done', 'RUN-2 failed']);
  });
});
