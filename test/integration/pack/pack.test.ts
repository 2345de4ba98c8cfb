/**
 * `gapboard pack` / `unpack` on real files: a project with a dataset (JSONL manifest and its
 * images), a model, a recorded run and a store table goes through one archive and comes back
 * byte for byte, and the unpacked copy evaluates to the same metrics. The archive is a plain
 * tar (the system's `tar` lists and extracts it), and a tampered archive is refused whole.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/core/cli/run-cli.js';
import { verifyVersion } from '../../../main/core/datasets/index.js';
import { ProjectSession } from '../../../main/core/project/session.js';
import { recordRun, registerModel, runEvaluation } from '../../../main/core/runs/index.js';
import { SAMPLE_COLUMNS, queryStore, storeDirFor, writeStoreTable } from '../../../main/core/store/index.js';
import { captureIo, fileHash, tempDir } from '../../helpers/temp.js';
import { NOW, removeShadesTemplate, shadesCopy } from '../runs/fixtures.js';

afterAll(removeShadesTemplate);

const RUN = { model: 'bright', dataset: { name: 'shades', version: 1, split: 'test' }, settings: { batch: 4 } };
const use = { what: 'a test table', redo: 'write it again' };

/** The shades project with a model, one recorded run and one store table; returns its file. */
async function fullProject(dir: string): Promise<{ file: string; table: string }> {
  const file = await shadesCopy(dir);
  const session = await ProjectSession.open(file, { now: NOW });
  try {
    await registerModel(session, { path: 'models/bright.onnx' });
    recordRun(session, await runEvaluation(session, RUN));
    await session.save();
  } finally {
    await session.close();
  }
  const rows = [0, 1, 2].map((i) => [i, `img/${i}.png`, String(i).repeat(64).slice(0, 64), 10, 'a', null, null]);
  const { sha256 } = await writeStoreTable(storeDirFor(file), SAMPLE_COLUMNS, rows);
  return { file, table: sha256 };
}

async function cli(cwd: string, ...argv: string[]) {
  const { io, cli: c } = captureIo(cwd);
  const code = await runCli(argv, c);
  return { code, ...io };
}

let src: string;
let project: { file: string; table: string };
let archive: string;
beforeAll(async () => {
  src = tempDir('gapboard-pack-src-');
  project = await fullProject(path.join(src, 'shades'));
  archive = path.join(src, 'shades.tar');
  const r = await cli(src, 'pack', project.file, '-o', archive);
  expect(r).toMatchObject({ code: 0, err: '' });
  expect(r.out).toMatch(new RegExp(`^Packed ${11 + storeNames().length} files \\(.+\\) into .*shades\\.tar\\.\\n$`));
});

/** The store's files: the test table, and whatever the project keeps there itself. */
const storeNames = (): string[] => readdirSync(storeDirFor(project.file)).sort();

describe('pack and unpack', () => {
  it('writes a plain tar of one folder: project file, store, models and the files the manifest names', () => {
    const names = execFileSync('tar', ['-tf', archive], { encoding: 'utf8' }).trim().split('\n');
    expect(storeNames()).toContain(`${project.table}.parquet`);
    expect(names).toEqual([
      'p/p.gapboard',
      ...storeNames().map((f) => `p/p.store/${f}`),
      'p/models/bright.onnx',
      'p/data/manifest.jsonl',
      'p/data/dark/0.png',
      'p/data/dark/1.png',
      'p/data/dark/2.png',
      'p/data/dark/3.png',
      'p/data/light/0.png',
      'p/data/light/1.png',
      'p/data/light/2.png',
      'p/data/light/3.png',
      'gapboard-pack.sha256',
    ]);
    // The other models in the folder are not linked by the project, so they stay home.
    expect(names).not.toContain('p/models/three.onnx');
    const out = tempDir('gapboard-tar-x-');
    execFileSync('tar', ['-xf', archive, '-C', out]);
    expect(execFileSync('sha256sum', ['-c', 'gapboard-pack.sha256'], { cwd: out, encoding: 'utf8' })).not.toMatch(
      /FAILED/,
    );
    expect(fileHash(path.join(out, 'p/models/bright.onnx'))).toBe(
      fileHash(path.join(src, 'shades/models/bright.onnx')),
    );
  });

  it('unpacks into a new folder, byte for byte, and the copy evaluates to the same metrics', async () => {
    const dest = tempDir('gapboard-unpack-');
    const r = await cli(dest, 'unpack', archive);
    expect(r).toMatchObject({ code: 0, err: '' });
    const file = path.join(dest, 'p', 'p.gapboard');
    expect(r.out).toBe(`Unpacked ${11 + storeNames().length} files; the project is ${file}\n`);
    expect(fileHash(file)).toBe(fileHash(project.file));
    expect(readdirSync(dest)).toEqual(['p']);
    const rows = await queryStore(storeDirFor(file), 'SELECT count(*) AS n FROM {t}', {
      t: { sha256: project.table, ...use },
    });
    expect(rows).toEqual([{ n: 3 }]);

    const original = await ProjectSession.open(project.file, { now: NOW, readOnly: true });
    const copy = await ProjectSession.open(file, { now: NOW });
    try {
      expect(copy.doc.runs.map((x) => x.metrics)).toEqual(original.doc.runs.map((x) => x.metrics));
      // Hand-computed on the fixture: dark/2 and light/1 of the six test images are wrong.
      expect(copy.doc.runs[0]!.metrics.accuracy).toBeCloseTo(4 / 6, 12);
      // The copy's own model and images give the same figures again.
      const again = await runEvaluation(copy, RUN);
      for (const key of ['accuracy', 'macro_f1', 'macro_recall', 'min_class_recall'])
        expect(again.metrics[key]).toBe(original.doc.runs[0]!.metrics[key]);
      expect((await verifyVersion(copy, 'shades', 1)).ok).toBe(true);
    } finally {
      await copy.close();
      await original.close();
    }
  });

  it('never replaces: an existing archive or project folder is refused and left alone', async () => {
    const before = fileHash(archive);
    const again = await cli(src, 'pack', project.file, '-o', archive);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/shades\.tar already exists; choose another name with -o/);
    expect(fileHash(archive)).toBe(before);
    const dest = tempDir('gapboard-unpack-');
    writeFileSync(path.join(dest, 'keep.txt'), 'mine');
    execFileSync('mkdir', [path.join(dest, 'p')]);
    const r = await cli(dest, 'unpack', archive, '-o', dest);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\/p already exists; unpack elsewhere with -o/);
    expect(readdirSync(dest).sort()).toEqual(['keep.txt', 'p']);
    expect(readdirSync(path.join(dest, 'p'))).toEqual([]);
    const intoFile = await cli(dest, 'unpack', archive, '-o', 'keep.txt');
    expect(intoFile).toMatchObject({
      code: 1,
      err: expect.stringMatching(/keep\.txt is a file; unpack into a folder/) as unknown,
    });
  });

  it('lists what it leaves out: a model outside the project folder', async () => {
    const dir = tempDir('gapboard-pack-out-');
    const file = await shadesCopy(path.join(dir, 'inner'));
    const session = await ProjectSession.open(file, { now: NOW });
    writeFileSync(path.join(dir, 'outside.onnx'), readFileSync(path.join(dir, 'inner/models/bright.onnx')));
    await registerModel(session, { path: path.join(dir, 'outside.onnx') });
    await session.save();
    await session.close();
    const r = await cli(dir, 'pack', file);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Left out.*\n\s+model M-1\s+\.\.\/outside\.onnx\s+outside the project folder\n/);
    expect(existsSync(path.join(dir, 'p.tar'))).toBe(true);
  });

  it('refuses to pack an altered store file and writes no archive', async () => {
    const dir = tempDir('gapboard-pack-bad-');
    const { file, table } = await fullProject(path.join(dir, 'x'));
    const stored = path.join(storeDirFor(file), `${table}.parquet`);
    const bytes = readFileSync(stored);
    bytes[bytes.length >> 1]! ^= 0xff;
    writeFileSync(stored, bytes);
    const r = await cli(dir, 'pack', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`Cannot pack: p\\.store/${table}\\.parquet was altered`));
    expect(readdirSync(dir)).toEqual(['x']);
  });
});
