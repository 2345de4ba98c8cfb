/**
 * The dataset API through the router, on real folders: scan as a job, see the issues, register
 * without them or discard; version pages, diffs, integrity jobs and labeling batch totals.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult, JobInfo } from '../../../shared/contract.js';
import type {
  DatasetTotals,
  DiffPage,
  ScanSummary,
  VerifyResult,
  VersionPage,
} from '../../../shared/contract/dataset-methods.js';
import { createCore } from '../../../main/core/app/core-factory.js';
import { createMemoryPrefs } from '../../../main/core/app/prefs.js';
import type { GapboardCore } from '../../../main/core/app/create-core.js';
import { FIXED_NOW, tempDir } from '../../helpers/temp.js';
import { png, snapshot, writeTree } from '../datasets/fixtures.js';

let core: GapboardCore;
let dispatch: (name: string, args: unknown) => Promise<ApiResult<unknown>>;
let dir: string;

async function ok<T>(name: string, args: unknown): Promise<T> {
  const r = await dispatch(name, args);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

/** Starts a job method and waits for the job to end. */
async function job<T>(name: string, args: unknown): Promise<JobInfo & { result: T }> {
  const started = await ok<JobInfo>(name, args);
  return (await core.jobs.wait(started.id)) as JobInfo & { result: T };
}

async function digits(root: string, perClass: number, start = 0): Promise<void> {
  const files: Record<string, Buffer> = {};
  for (const cls of ['0', '1', '2']) {
    for (let i = start; i < start + perClass; i++)
      files[`${cls}/${String(i).padStart(3, '0')}.png`] = await png(4 + i, 4, 1);
  }
  writeTree(root, files);
}

beforeEach(async () => {
  dir = tempDir();
  ({ core, dispatch } = createCore({
    host: 'browser',
    dataDir: path.join(dir, '.data'),
    prefs: createMemoryPrefs(),
    now: FIXED_NOW,
  }));
  await ok('project.create', { path: path.join(dir, 'p.gapboard'), name: 'Digits' });
  return () => core.dispose();
});

describe('registering through the API', () => {
  it('scans as a job, shows the bad files, and registers without them (relative path)', async () => {
    await digits(path.join(dir, 'data'), 4);
    fs.writeFileSync(path.join(dir, 'data/1/empty.png'), '');
    const before = snapshot(path.join(dir, 'data'));
    const scanned = await job<ScanSummary>('datasets.scan', { name: 'digits', source: 'data' });
    expect(scanned.status).toBe('done');
    expect(scanned.total).toBe(13);
    expect(scanned.result).toMatchObject({
      name: 'digits',
      source: 'data',
      layout: 'imagefolder',
      nextVersion: 1,
      parent: null,
      sameAs: null,
      count: 12,
      classes: { '0': 4, '1': 4, '2': 4 },
      issueCount: 1,
      issues: [{ path: '1/empty.png', reason: expect.stringMatching(/empty|0 bytes/i) as string }],
    });
    // Nothing is written before the user decides.
    expect((await ok<{ doc: { datasets: unknown[] } }>('project.current', {})).doc.datasets).toEqual([]);
    const reg = await ok<{ version: number; project: { dirty: boolean } }>('datasets.register', {
      scanId: scanned.result.scanId,
      notes: 'first cut',
    });
    expect(reg.version).toBe(1);
    expect(reg.project.dirty).toBe(true);
    const page = await ok<VersionPage>('datasets.version', { name: 'digits', version: 1, limit: 5 });
    expect(page).toMatchObject({ total: 12, offset: 0, version: { notes: 'first cut', source: 'data' } });
    expect(page.samples.map((s) => s.path)).toEqual(['0/000.png', '0/001.png', '0/002.png', '0/003.png', '1/000.png']);
    expect(snapshot(path.join(dir, 'data'))).toBe(before);
    // A scan is committed once.
    expect(await dispatch('datasets.register', { scanId: scanned.result.scanId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuses a scan identical to the latest version unless allowUnchanged, naming that version', async () => {
    await digits(path.join(dir, 'data'), 2);
    const first = await job<ScanSummary>('datasets.scan', { name: 'digits', source: 'data' });
    await ok('datasets.register', { scanId: first.result.scanId });
    const same = await job<ScanSummary>('datasets.scan', { name: 'digits', source: 'data' });
    expect(same.result).toMatchObject({ nextVersion: 2, sameAs: 1 });
    const refused = await dispatch('datasets.register', { scanId: same.result.scanId });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'EXISTS',
        message: expect.stringContaining('digits@v1 already holds exactly this data') as string,
      },
    });
    expect(
      (await ok<{ doc: { datasets: { versions: unknown[] }[] } }>('project.current', {})).doc.datasets[0]!.versions,
    ).toHaveLength(1);
    // The refused scan is still waiting: the user may confirm it.
    const reg = await ok<{ version: number }>('datasets.register', {
      scanId: same.result.scanId,
      allowUnchanged: true,
    });
    expect(reg.version).toBe(2);
    // One changed file is a new version again.
    fs.writeFileSync(path.join(dir, 'data/0/000.png'), await png(5, 5, 1));
    const changed = await job<ScanSummary>('datasets.scan', { name: 'digits', source: 'data' });
    expect(changed.result).toMatchObject({ nextVersion: 3, sameAs: null });
  });

  it('discarding a scan leaves the project untouched', async () => {
    await digits(path.join(dir, 'data'), 2);
    const scanned = await job<ScanSummary>('datasets.scan', { name: 'digits', source: path.join(dir, 'data') });
    expect(await ok('datasets.discardScan', { scanId: scanned.result.scanId })).toBeNull();
    expect(await dispatch('datasets.register', { scanId: scanned.result.scanId })).toMatchObject({ ok: false });
    expect(await ok('datasets.list', {})).toEqual([]);
  });

  it('refuses a missing source and a bad name at once, without starting a job', async () => {
    expect(await dispatch('datasets.scan', { name: 'digits', source: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: /nope/ },
    });
    expect(await dispatch('datasets.scan', { name: '../x', source: 'data' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_ARGUMENT', message: /name/ },
    });
    expect(core.jobs.list()).toEqual([]);
  });

  it('a cancelled scan ends as cancelled and leaves nothing to register', async () => {
    await digits(path.join(dir, 'data'), 30);
    const started = await ok<JobInfo>('datasets.scan', { name: 'digits', source: 'data' });
    await ok('jobs.cancel', { id: started.id });
    const ended = await core.jobs.wait(started.id);
    expect(ended.status).toBe('cancelled');
    expect(await dispatch('datasets.register', { scanId: started.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('versions, diffs and integrity', () => {
  beforeEach(async () => {
    await digits(path.join(dir, 'data'), 4);
    const s1 = await job<ScanSummary>('datasets.scan', { name: 'digits', source: 'data' });
    await ok('datasets.register', { scanId: s1.result.scanId });
    await digits(path.join(dir, 'data'), 2, 20); // 6 new files
    fs.rmSync(path.join(dir, 'data/2/003.png'));
    const s2 = await job<ScanSummary>('datasets.scan', { name: 'digits', source: 'data' });
    expect(s2.result).toMatchObject({ nextVersion: 2, parent: 1, count: 17 });
    await ok('datasets.register', { scanId: s2.result.scanId });
  });

  it('diffs v2 against its parent, page by page, with the sources for thumbnails', async () => {
    const added = await ok<DiffPage>('datasets.diff', { name: 'digits', to: 2, list: 'added', limit: 4 });
    expect(added).toMatchObject({
      from: 1,
      to: 2,
      counts: { added: 6, removed: 1, relabeled: 0, modified: 0, moved: 0, unchanged: 11 },
      fromSource: { source: 'data', layout: 'imagefolder' },
      toSource: { source: 'data', layout: 'imagefolder' },
      total: 6,
    });
    expect(added.items.map((i) => i.path)).toEqual(['0/020.png', '0/021.png', '1/020.png', '1/021.png']);
    const rest = await ok<DiffPage>('datasets.diff', { name: 'digits', to: 2, list: 'added', offset: 4, limit: 4 });
    expect(rest.items.map((i) => i.path)).toEqual(['2/020.png', '2/021.png']);
    const removed = await ok<DiffPage>('datasets.diff', { name: 'digits', to: 2, from: 1, list: 'removed' });
    expect(removed.items).toEqual([
      { path: '2/003.png', label: '2', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string },
    ]);
    const first = await ok<DiffPage>('datasets.diff', { name: 'digits', to: 1 });
    expect(first).toMatchObject({ from: 0, fromSource: null, counts: { added: 12 } });
  });

  it('filters a version page by label and path', async () => {
    const ones = await ok<VersionPage>('datasets.version', { name: 'digits', version: 2, label: '1' });
    expect(ones.total).toBe(6);
    const q = await ok<VersionPage>('datasets.version', { name: 'digits', version: 2, query: '/02' });
    expect(q.samples.map((s) => s.path)).toEqual([
      '0/020.png',
      '0/021.png',
      '1/020.png',
      '1/021.png',
      '2/020.png',
      '2/021.png',
    ]);
    expect(await dispatch('datasets.version', { name: 'digits', version: 9 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('verifies a version as a job: drift since registration is listed', async () => {
    const clean = await job<VerifyResult>('datasets.verify', { name: 'digits', version: 2 });
    expect(clean.result).toMatchObject({ ok: true, checked: 17, missing: [], changed: [], unexpected: [] });
    fs.rmSync(path.join(dir, 'data/0/000.png'));
    fs.writeFileSync(path.join(dir, 'data/1/000.png'), await png(9, 9, 3));
    fs.copyFileSync(path.join(dir, 'data/2/000.png'), path.join(dir, 'data/2/new.png'));
    const drift = await job<VerifyResult>('datasets.verify', { name: 'digits', version: 2 });
    expect(drift.result).toMatchObject({ ok: false, missing: ['0/000.png'], unexpected: ['2/new.png'] });
    expect(drift.result.changed.map((c) => c.path)).toEqual(['1/000.png']);
  });
});

describe('labeling batches and totals', () => {
  it('adds, edits and removes batches; totals per version, per accepted sample and cumulative', async () => {
    await digits(path.join(dir, 'data'), 2);
    for (let i = 0; i < 2; i++) {
      const s = await job<ScanSummary>('datasets.scan', { name: 'digits', source: 'data' });
      await ok('datasets.register', { scanId: s.result.scanId, ...(i > 0 ? { allowUnchanged: true } : {}) });
    }
    const a = await ok<{ id: string }>('batches.add', {
      name: 'digits',
      version: 1,
      fields: { vendor: 'Acme', unitPrice: 0.5, currency: 'USD', ordered: 100, delivered: 100, accepted: 80 },
    });
    const b = await ok<{ id: string }>('batches.add', {
      name: 'digits',
      version: 2,
      fields: {
        vendor: 'Acme',
        unitPrice: 0.25,
        currency: 'USD',
        delivered: 40,
        accepted: 40,
        qa: [
          { question: 'Rotated 6 or 9?', answer: 'Skip', askedBy: 'vendor', status: 'answered', requirement: 'R-1' },
        ],
      },
    });
    expect([a.id, b.id]).toEqual(['LB-1', 'LB-2']);
    let totals = await ok<DatasetTotals>('datasets.totals', { name: 'digits' });
    expect(totals.versions.map((v) => [v.version, v.totals.cost, v.cumulative])).toEqual([
      [1, { USD: 50 }, { USD: 50 }],
      [2, { USD: 10 }, { USD: 60 }],
    ]);
    expect(totals.overall).toMatchObject({ cost: { USD: 60 }, accepted: 120, costPerAccepted: { USD: 0.5 } });
    await ok('batches.update', { id: 'LB-1', fields: { accepted: 100 } });
    totals = await ok<DatasetTotals>('datasets.totals', { name: 'digits' });
    expect(totals.versions[0]!.totals.costPerAccepted).toEqual({ USD: 0.5 });
    expect(await dispatch('batches.update', { id: 'LB-1', fields: { accepted: 101 } })).toMatchObject({
      ok: false,
      error: { code: 'BAD_ARGUMENT', message: /accepted/ },
    });
    await ok('batches.remove', { id: 'LB-2' });
    totals = await ok<DatasetTotals>('datasets.totals', { name: 'digits' });
    expect(totals.overall.cost).toEqual({ USD: 50 });
    await ok('project.save', {});
    const onDisk = JSON.parse(fs.readFileSync(path.join(dir, 'p.gapboard'), 'utf8')) as {
      datasets: { versions: { batches: { id: string; accepted: number }[] }[] }[];
    };
    expect(onDisk.datasets[0]!.versions.map((v) => v.batches.map((x) => [x.id, x.accepted]))).toEqual([
      [['LB-1', 100]],
      [],
    ]);
  });
});
