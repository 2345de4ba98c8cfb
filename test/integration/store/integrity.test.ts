/**
 * A store file that is missing or altered leaves the project openable; each view that needs
 * it fails with a typed error naming the file and how to restore it, and `gapboard verify`
 * reports it. Two copies of a project that each registered a different version share every
 * store file they had in common, byte for byte.
 */
import { copyFileSync, cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/contract.js';
import { createCore } from '../../../main/core/app/core-factory.js';
import type { GapboardCore } from '../../../main/core/app/create-core.js';
import { createMemoryPrefs } from '../../../main/core/app/prefs.js';
import { registerVersion } from '../../../main/core/datasets/index.js';
import { runCli } from '../../../main/core/cli/run-cli.js';
import { ProjectSession } from '../../../main/core/project/session.js';
import { captureIo, fileHash, tempDir } from '../../helpers/temp.js';
import { writeTree } from '../datasets/fixtures.js';

const FUZZ = path.resolve(import.meta.dirname, '../../fixtures/schema1/fuzz-1.gapboard');
const NOW = () => '2026-01-02T03:04:05.000Z';

let dir: string;
let file: string;
let core: GapboardCore;
let dispatch: (name: string, args: unknown) => Promise<ApiResult<unknown>>;

/** A schema-2 project beside its store, upgraded from a fixture. */
async function project(): Promise<void> {
  dir = tempDir('gapboard-store-');
  file = path.join(dir, 'p.gapboard');
  copyFileSync(FUZZ, file);
  const s = await ProjectSession.open(file, { now: NOW });
  await s.save();
  await s.close();
}

async function open() {
  ({ core, dispatch } = createCore({
    host: 'browser',
    dataDir: path.join(dir, '.data'),
    prefs: createMemoryPrefs(),
    now: NOW,
  }));
  const r = await dispatch('project.open', { path: file });
  expect(r.ok).toBe(true);
}

const doc = () =>
  JSON.parse(readFileSync(file, 'utf8')) as {
    datasets: { versions: { version: number; samples: { store: string } }[] }[];
    runs: { id: string; predictions: { store: string } }[];
  };
const storeFile = (sha: string) => path.join(dir, 'p.store', `${sha}.parquet`);

describe('a store file gone or changed', () => {
  beforeEach(project);
  afterEach(async () => core?.dispose());

  it('missing: the project opens; the sample browser, the diff and the gallery name the file and how to restore it', async () => {
    const v2 = doc().datasets[0]!.versions[1]!.samples.store;
    rmSync(storeFile(v2));
    await open();
    const page = await dispatch('datasets.version', { name: 'digits', version: 2, offset: 0, limit: 10 });
    expect(page).toMatchObject({ ok: false, error: { code: 'STORE_MISSING' } });
    const message = (page as { error: { message: string } }).error.message;
    expect(message).toContain(`p.store/${v2}.parquet, the samples of digits@v2, is missing`);
    expect(message).toContain('copy the p.store folder that travelled with the project file back beside it');
    expect(message).toContain('register digits@v2 again');
    expect(
      await dispatch('datasets.diff', { name: 'digits', to: 2, list: 'added', offset: 0, limit: 10 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'STORE_MISSING' },
    });
    // Version 1 is untouched and still browses.
    expect(await dispatch('datasets.version', { name: 'digits', version: 1, offset: 0, limit: 10 })).toMatchObject({
      ok: true,
    });
    const onV2 = doc().runs.find((r) => r.id === 'RUN-2')!;
    expect(await dispatch('runs.gallery', { id: onV2.id })).toMatchObject({
      ok: false,
      error: { code: 'STORE_MISSING' },
    });
  });

  it('altered: every reader refuses it with STORE_ALTERED, and verify reports it', async () => {
    const run = doc().runs[0]!;
    const f = storeFile(run.predictions.store);
    const bytes = readFileSync(f);
    bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 0x01;
    writeFileSync(f, bytes);
    await open();
    const g = await dispatch('runs.gallery', { id: run.id });
    expect(g).toMatchObject({ ok: false, error: { code: 'STORE_ALTERED' } });
    expect((g as { error: { message: string } }).error.message).toContain(
      `the predictions of ${run.id}, was altered: its content no longer matches its hash`,
    );
    const { io, cli } = captureIo(dir);
    expect(await runCli(['verify', file], cli)).toBe(1);
    expect(io.out).toMatch(/p\.store: \d+ files checked, 1 broken\./);
    expect(io.out).toContain(`altered  p.store/${run.predictions.store}.parquet`);
  });
});

describe('two copies of a project', () => {
  afterEach(async () => core?.dispose());

  it('that registered different versions share the store files they had in common', async () => {
    await project();
    const a = dir;
    const b = tempDir('gapboard-store-copy-');
    cpSync(a, b, { recursive: true });
    const before = readdirSync(path.join(a, 'p.store')).sort();
    const added: string[] = [];
    for (const [root, files] of [
      [a, { '0/x.txt': 'only in a', '1/y.txt': 'a too' }],
      [b, { '0/x.txt': 'only in b', '2/z.txt': 'b too' }],
    ] as const) {
      writeTree(path.join(root, 'extra'), files);
      const s = await ProjectSession.open(path.join(root, 'p.gapboard'), { now: NOW });
      const { version } = await registerVersion(s, { name: 'extra', source: 'extra' });
      added.push(version.samples!.store);
      await s.save();
      await s.close();
    }
    expect(added[0]).not.toBe(added[1]);
    const inA = readdirSync(path.join(a, 'p.store')).sort();
    const inB = readdirSync(path.join(b, 'p.store')).sort();
    expect(inA).toEqual([...before, `${added[0]}.parquet`].sort());
    expect(inB).toEqual([...before, `${added[1]}.parquet`].sort());
    for (const name of before)
      expect(fileHash(path.join(b, 'p.store', name))).toBe(fileHash(path.join(a, 'p.store', name)));
    // The one-line edit of each copy's JSON is all a merge sees besides the new file.
    const ja = JSON.parse(readFileSync(path.join(a, 'p.gapboard'), 'utf8')) as { datasets: unknown[] };
    const jb = JSON.parse(readFileSync(path.join(b, 'p.gapboard'), 'utf8')) as { datasets: unknown[] };
    expect(ja.datasets[0]).toEqual(jb.datasets[0]);
  });
});
