import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/core/cli/run-cli.js';
import { captureIo, sha256sum, tempDir, writeTree } from './fixtures.js';

const repo = path.resolve(import.meta.dirname, '../../..');
let dir: string;

beforeEach(async () => {
  dir = tempDir('gb-cli-');
  writeTree(dir, { 'data/a/1.txt': 'one', 'data/a/2.txt': 'two', 'data/b/3.txt': 'three', 'data/b/empty.txt': '' });
  const io = captureIo(dir);
  expect(await runCli(['new', 'p.gapboard', '--name', 'cli test'], io)).toBe(0);
});

async function cli(...argv: string[]) {
  const io = captureIo(dir);
  const code = await runCli(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('gapboard dataset add', () => {
  it('registers the next version and prints the promised JSON', async () => {
    const r = await cli('dataset', 'add', 'p.gapboard', '--name', 'toy', '--path', 'data', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      name: 'toy',
      version: 1,
      count: 3,
      classes: { a: 2, b: 1 },
      issues: [{ path: 'b/empty.txt', reason: 'empty file (0 bytes)' }],
    });
    // The same files again would make an identical version: refused, naming the version it repeats.
    const refused = await cli('dataset', 'add', 'p.gapboard', '--name', 'toy', '--path', 'data');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/toy@v1 already holds exactly this data.*--allow-unchanged/);
    const again = await cli(
      'dataset',
      'add',
      'p.gapboard',
      '--name',
      'toy',
      '--path',
      'data',
      '--notes',
      'same files',
      '--allow-unchanged',
    );
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/Registered toy@v2 \(parent v1\): 3 samples, 2 classes/);
    expect(again.out).toMatch(/b\/empty.txt\s+empty file \(0 bytes\)/);
  });

  it('exits 2 on usage errors and 1 when the data cannot be registered', async () => {
    expect((await cli('dataset', 'add', 'p.gapboard', '--path', 'data')).code).toBe(2);
    expect((await cli('dataset', 'add', 'p.gapboard', '--name', 'x', '--path', 'data', '--layout', 'zip')).code).toBe(
      2,
    );
    const missing = await cli('dataset', 'add', 'p.gapboard', '--name', 'x', '--path', 'nope');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/does not exist/);
    writeTree(dir, { 't.csv': 'a,b\n1,2\n' });
    const noLabel = await cli('dataset', 'add', 'p.gapboard', '--name', 'x', '--path', 't.csv');
    expect(noLabel.code).toBe(1);
    expect(noLabel.err).toMatch(/no label column "label"/);
  });
});

describe('gapboard verify', () => {
  it('exits 0 when every file matches and 1 on drift, listing each file', async () => {
    await cli('dataset', 'add', 'p.gapboard', '--name', 'toy', '--path', 'data');
    const clean = await cli('verify', 'p.gapboard', '--dataset', 'toy@v1');
    expect(clean.code).toBe(0);
    expect(clean.out).toMatch(/toy@v1: 3 files checked, all match/);
    fs.writeFileSync(path.join(dir, 'data/a/1.txt'), 'ONE');
    fs.rmSync(path.join(dir, 'data/a/2.txt'));
    writeTree(dir, { 'data/b/4.txt': 'four' });
    const drift = await cli('verify', 'p.gapboard', '--json');
    expect(drift.code).toBe(1);
    const body = JSON.parse(drift.out) as { ok: boolean; results: unknown[] };
    expect(body.ok).toBe(false);
    expect(body.results[0]).toMatchObject({
      name: 'toy',
      version: 1,
      missing: ['a/2.txt'],
      changed: [{ path: 'a/1.txt', actual: sha256sum(path.join(dir, 'data/a/1.txt')) }],
      unexpected: ['b/4.txt'],
    });
    const text = await cli('verify', 'p.gapboard');
    expect(text.out).toMatch(/missing\s+a\/2.txt/);
    expect(text.out).toMatch(/changed\s+a\/1.txt/);
    expect(text.out).toMatch(/unexpected\s+b\/4.txt/);
    expect((await cli('verify', 'p.gapboard', '--dataset', 'toy@v9')).code).toBe(1);
    expect((await cli('verify', 'p.gapboard', '--dataset', 'toy')).code).toBe(2);
  });
});

describe('gapboard dataset list / diff', () => {
  it('lists versions and shows the diff', async () => {
    await cli('dataset', 'add', 'p.gapboard', '--name', 'toy', '--path', 'data');
    writeTree(dir, { 'data/a/9.txt': 'nine' });
    await cli('dataset', 'add', 'p.gapboard', '--name', 'toy', '--path', 'data');
    const list = await cli('dataset', 'list', 'p.gapboard', '--json');
    const listed = JSON.parse(list.out) as Array<{ versions: Array<{ version: number; count: number }> }>;
    expect(listed[0]!.versions.map((v) => [v.version, v.count])).toEqual([
      [1, 3],
      [2, 4],
    ]);
    const diff = await cli('dataset', 'diff', 'p.gapboard', 'toy@v1', 'toy@v2');
    expect(diff.code).toBe(0);
    expect(diff.out).toMatch(/toy v1 → v2: 1 added, 0 removed/);
    expect(diff.out).toMatch(/\+\s+a\/9.txt\s+a/);
  });
});

describe('the real gapboard process', () => {
  const main = path.join(repo, 'main/core/cli/main.ts');
  it.skipIf(!fs.existsSync(main))('exits 1 from verify on drift', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { cwd: repo, encoding: 'utf8' });
    const project = path.join(dir, 'p.gapboard');
    expect(run('dataset', 'add', project, '--name', 'toy', '--path', path.join(dir, 'data')).status).toBe(0);
    expect(run('verify', project).status).toBe(0);
    fs.rmSync(path.join(dir, 'data/b/3.txt'));
    const r = run('verify', project);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/missing\s+b\/3.txt/);
  });
});
