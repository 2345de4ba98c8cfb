import fs from 'node:fs';
import { readSamples, versionUse } from '../../../main/core/store/sample-data.js';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addBatch,
  batchTotals,
  costOverVersions,
  dataMetrics,
  diffVersions,
  findVersion,
  registerVersion,
  removeBatch,
  updateBatch,
  verifyVersion,
  type BatchInput,
} from '../../../main/core/datasets/index.js';
import type { ProjectDocument } from '../../../shared/schema.js';
import { ProjectSession } from '../../../main/core/project/session.js';
import { NOW, sha256sum, tempDir, writeTree } from './fixtures.js';

let project: string;
let data: string;
let session: ProjectSession;

beforeEach(async () => {
  const dir = tempDir();
  project = path.join(dir, 'p', 'digits.gapboard');
  data = path.join(dir, 'data', 'digits');
  const files: Record<string, string> = {};
  for (let i = 0; i < 30; i++) files[`${i % 3}/${String(i).padStart(3, '0')}.txt`] = `digit sample ${i}`;
  writeTree(data, files);
  session = await ProjectSession.create(project, 'digits', { now: () => NOW });
  return () => session.close();
});

describe('registering versions', () => {
  it('numbers versions, links the parent and stores the source relative to the project', async () => {
    const v1 = await registerVersion(session, { name: 'digits', source: data, notes: 'first cut' });
    expect(v1.version).toMatchObject({
      version: 1,
      source: '../data/digits',
      layout: 'imagefolder',
      notes: 'first cut',
    });
    expect(v1.version.parent).toBeUndefined();
    const v2 = await registerVersion(session, { name: 'digits', source: '../data/digits', allowUnchanged: true });
    expect(v2.version).toMatchObject({ version: 2, parent: 1 });
    await session.save();
    const reopened = await ProjectSession.open(project, { now: () => NOW, readOnly: true });
    const stored = findVersion(reopened.doc, 'digits', 2);
    expect(stored.stats.classes).toEqual({ '0': 10, '1': 10, '2': 10 });
    const [first] = await readSamples(reopened.storeDir, stored.samples!, versionUse('digits', 2));
    expect(first).toEqual({
      path: '0/000.txt',
      sha256: sha256sum(path.join(data, '0/000.txt')),
      size: 14,
      label: '0',
    });
  });

  it('diffs v1 → v2 after adding exactly 10 files', async () => {
    await registerVersion(session, { name: 'digits', source: data });
    const added: Record<string, string> = {};
    for (let i = 0; i < 10; i++) added[`${i % 3}/new-${i}.txt`] = `fresh ${i}`;
    writeTree(data, added);
    await registerVersion(session, { name: 'digits', source: data });
    const d = await diffVersions(session.doc, session.storeDir, 'digits', 2);
    expect(d.counts).toEqual({ added: 10, removed: 0, relabeled: 0, modified: 0, moved: 0, unchanged: 30 });
    expect(d.added.map((s) => s.path).sort()).toEqual(Object.keys(added).sort());
  });

  it('sees a file moved to another class folder as relabeled, an edited one as modified', async () => {
    await registerVersion(session, { name: 'digits', source: data });
    fs.renameSync(path.join(data, '0/000.txt'), path.join(data, '1/000.txt'));
    fs.appendFileSync(path.join(data, '2/002.txt'), ' edited');
    fs.rmSync(path.join(data, '2/005.txt'));
    await registerVersion(session, { name: 'digits', source: data });
    const d = await diffVersions(session.doc, session.storeDir, 'digits', 2, 1);
    expect(d.counts).toMatchObject({ added: 0, removed: 1, relabeled: 1, modified: 1 });
    expect(d.relabeled[0]).toMatchObject({ path: '1/000.txt', fromPath: '0/000.txt', from: '0', to: '1' });
    expect(d.modified[0]).toMatchObject({ path: '2/002.txt', toSha256: sha256sum(path.join(data, '2/002.txt')) });
  });

  it('refuses to register when issues exist and the user did not agree to leave them out', async () => {
    writeTree(data, { '0/empty.txt': '' });
    await expect(
      registerVersion(session, { name: 'digits', source: data, excludeIssues: false }),
    ).rejects.toMatchObject({
      code: 'BAD_DATA',
      message: expect.stringMatching(/0\/empty.txt: empty file/) as string,
    });
    const ok = await registerVersion(session, { name: 'digits', source: data });
    expect(ok.version.stats.count).toBe(30);
    expect(ok.issues).toEqual([{ path: '0/empty.txt', reason: 'empty file (0 bytes)' }]);
  });

  it('refuses a source with nothing valid in it', async () => {
    const empty = tempDir();
    fs.mkdirSync(path.join(empty, 'cls'));
    await expect(registerVersion(session, { name: 'digits', source: empty })).rejects.toMatchObject({
      code: 'BAD_DATA',
    });
    expect(session.doc.datasets).toEqual([]);
  });
});

describe('verifyVersion', () => {
  it('is clean right after registration, then reports missing, changed and unexpected files', async () => {
    await registerVersion(session, { name: 'digits', source: data });
    expect(await verifyVersion(session, 'digits', 1)).toMatchObject({
      ok: true,
      checked: 30,
      missing: [],
      changed: [],
      unexpected: [],
    });
    fs.rmSync(path.join(data, '1/001.txt'));
    fs.writeFileSync(path.join(data, '2/002.txt'), 'tampered');
    fs.writeFileSync(path.join(data, '0/003.txt'), '');
    writeTree(data, { '2/stray.txt': 'who put this here', '2/stray-empty.txt': '' });
    const r = await verifyVersion(session, 'digits', 1);
    expect(r.ok).toBe(false);
    expect(r.missing).toEqual(['1/001.txt']);
    expect(r.changed).toEqual([
      { path: '0/003.txt', expected: expect.any(String) as string, actual: null, reason: 'empty file (0 bytes)' },
      { path: '2/002.txt', expected: expect.any(String) as string, actual: sha256sum(path.join(data, '2/002.txt')) },
    ]);
    // The empty stray file is a bad file, not a sample: it is not reported as unexpected.
    expect(r.unexpected).toEqual(['2/stray.txt']);
  });

  it('reports every file missing when the whole folder is gone', async () => {
    await registerVersion(session, { name: 'digits', source: data });
    fs.rmSync(data, { recursive: true });
    const r = await verifyVersion(session, 'digits', 1);
    expect(r.missing).toHaveLength(30);
  });
});

describe('labeling batches', () => {
  const input: BatchInput = {
    vendor: 'LabelCo',
    guide: { file: 'guide.pdf', version: '2' },
    unitPrice: 0.4,
    currency: 'USD',
    ordered: 100,
    delivered: 90,
    accepted: 81,
    orderedAt: '2025-01-01',
    deliveredAt: '2025-01-10',
    qa: [{ question: 'Slanted 7?', answer: 'Label as 7', askedBy: 'vendor', status: 'answered', requirement: 'R-1' }],
  };

  it('adds, edits and removes batches and keeps the totals in the file', async () => {
    await registerVersion(session, { name: 'digits', source: data });
    await registerVersion(session, { name: 'digits', source: data, allowUnchanged: true });
    const b1 = addBatch(session, 'digits', 1, input);
    const b2 = addBatch(session, 'digits', 2, { ...input, unitPrice: 0.5, delivered: 20, accepted: 10 });
    expect([b1.id, b2.id]).toEqual(['LB-1', 'LB-2']);
    // v1: 0.4 × 90 = 36; v2: 0.5 × 20 = 10
    expect(batchTotals(findVersion(session.doc, 'digits', 1).batches).cost).toEqual({ USD: 36 });
    updateBatch(session, 'LB-1', { delivered: 100, accepted: 95 });
    const ds = session.doc.datasets[0]!;
    expect(costOverVersions(ds).map((v) => v.cumulative.USD)).toEqual([40, 50]);
    expect(dataMetrics(findVersion(session.doc, 'digits', 2), ds.versions)).toMatchObject({
      'labeling.cost': 50,
      'labeling.accepted_rate': 105 / 120,
      'data.count': 30,
      'data.min_class_count': 10,
    });
    await session.save();
    const saved = JSON.parse(fs.readFileSync(project, 'utf8')) as ProjectDocument;
    expect(saved.datasets[0]!.versions[0]!.batches[0]).toMatchObject({ id: 'LB-1', delivered: 100, accepted: 95 });
    removeBatch(session, 'LB-2');
    expect(findVersion(session.doc, 'digits', 2).batches).toEqual([]);
    expect(addBatch(session, 'digits', 2, input).id).toBe('LB-3');
  });

  it('rejects accepted > delivered and unknown batches', async () => {
    await registerVersion(session, { name: 'digits', source: data });
    expect(() => addBatch(session, 'digits', 1, { ...input, accepted: 91 })).toThrow(/cannot exceed delivered/);
    expect(() => updateBatch(session, 'LB-9', { accepted: 1 })).toThrow(/No labeling batch LB-9/);
  });
});
