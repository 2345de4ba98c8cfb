/**
 * A CSV-table version evaluated as a run: the worker reads the version's samples from the
 * store (the split as a filter) and each sample's feature columns from the CSV file, and the
 * predictions file keeps one row per sample of the split, in manifest order.
 */
import { cp, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { registerVersion } from '../../../main/core/datasets/index.js';
import { ProjectSession } from '../../../main/core/project/session.js';
import { registerModel, runEvaluation } from '../../../main/core/runs/index.js';
import { readPredictions, runUse } from '../../../main/core/store/sample-data.js';
import { storeFilePath } from '../../../main/core/store/layout.js';
import { linearModel } from '../../helpers/onnx-builder.js';
import { NOW } from './fixtures.js';

// The model predicts the class of the larger feature: a when f1 > f2, b otherwise.
const ROWS = ['3,1,a,test', '1,2,b,test', '5,0,b,test', '0,4,a,train', '2,9,b,test'];

let template: string;
let dir: string;
let session: ProjectSession;
// Registering costs a scan worker: it is done once, and every test gets its own copy.
beforeAll(async () => {
  template = await mkdtemp(path.join(tmpdir(), 'gapboard-table-run-'));
  await writeFile(path.join(template, 't.csv'), `f1,f2,label,split\n${ROWS.join('\n')}\n`);
  await writeFile(
    path.join(template, 'lin.onnx'),
    linearModel({
      weights: [
        [1, 0],
        [0, 1],
      ],
    }),
  );
  const s = await ProjectSession.create(path.join(template, 'p.gapboard'), 'Table', { now: NOW });
  await registerVersion(s, { name: 'rows', source: 't.csv' });
  await registerModel(s, { path: 'lin.onnx', name: 'lin' });
  await s.save();
  await s.close();
});
afterAll(async () => {
  await rm(template, { recursive: true, force: true });
});
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gapboard-table-run-'));
  await cp(template, dir, { recursive: true });
  session = await ProjectSession.open(path.join(dir, 'p.gapboard'), { now: NOW });
});
afterEach(async () => {
  await session.close();
  await rm(dir, { recursive: true, force: true });
});

const test = { name: 'rows', version: 1, split: 'test' };
const predictions = async (run: Awaited<ReturnType<typeof runEvaluation>>) =>
  readPredictions(session.storeDir, run.predictions!, runUse('RUN-1'));

describe('a run on a CSV-table version', () => {
  it('scores the split by hand: rows 1, 2 and 5 right, row 3 wrong', async () => {
    const run = await runEvaluation(session, { model: 'lin', dataset: test, settings: { batch: 2 } });
    expect(run.status, run.error).toBe('done');
    expect(run.metrics.accuracy).toBe(3 / 4);
    expect(run.confusion).toEqual([
      [1, 0],
      [1, 2],
    ]);
    expect(run.predictions!.rows).toBe(4);
    const p = await predictions(run);
    expect(p.truth).toEqual([0, 1, 1, 1]);
    expect(p.pred).toEqual([0, 1, 0, 1]);
  });

  it('feeds the feature columns the run names, in that order', async () => {
    const run = await runEvaluation(session, {
      model: 'lin',
      dataset: test,
      preprocessing: { features: ['f2', 'f1'] },
    });
    // Swapped: a when f2 > f1. Only row 3 (f2 0 < f1 5 → b) is right.
    expect(run.metrics.accuracy).toBe(1 / 4);
    expect((await predictions(run)).pred).toEqual([1, 0, 1, 0]);
  });

  it('keeps a row for a sample whose CSV row is gone, as an issue', async () => {
    await writeFile(path.join(dir, 't.csv'), `f1,f2,label,split\n${ROWS.slice(0, 4).join('\n')}\n`);
    const run = await runEvaluation(session, { model: 'lin', dataset: test });
    expect(run.status, run.error).toBe('done');
    expect(run.issues).toEqual([{ path: 't.csv#5', reason: 'row no longer in the CSV file' }]);
    expect(run.metrics.accuracy).toBe(2 / 3);
    expect((await predictions(run)).pred).toEqual([0, 1, 0, -1]);
  });

  it('is a failed run naming the store file when the version’s samples are missing', async () => {
    const link = session.doc.datasets[0]!.versions[0]!.samples!;
    await unlink(storeFilePath(session.storeDir, link.store));
    const run = await runEvaluation(session, { model: 'lin', dataset: test });
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/the samples of rows@v1, is missing/);
  });
});
