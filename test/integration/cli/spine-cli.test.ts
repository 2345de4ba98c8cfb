import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/core/cli/run-cli.js';
import { captureIo, fileHash, tempDir } from '../../helpers/temp.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

async function cli(dir: string, ...argv: string[]) {
  const { io, cli: cio } = captureIo(dir);
  const code = await runCli(argv, cio);
  return { code, ...io };
}

describe('gapboard new / info', () => {
  it('creates a project and reports its counts as JSON', async () => {
    const dir = tempDir();
    expect((await cli(dir, 'new', 'a.gapboard', '--name', 'Digits')).code).toBe(0);
    const info = await cli(dir, 'info', 'a.gapboard', '--json');
    expect(info.code).toBe(0);
    expect(JSON.parse(info.out)).toMatchObject({
      name: 'Digits',
      schemaVersion: 2,
      requirements: 0,
      datasetVersions: 0,
      models: 0,
      runs: 0,
      iterations: 0,
    });
  });

  it('prints a readable table without --json', async () => {
    const dir = tempDir();
    await cli(dir, 'new', 'a.gapboard');
    const info = await cli(dir, 'info', 'a.gapboard');
    expect(info.out).toMatch(/^project\s+a$/m);
    expect(info.out).toMatch(/^requirements\s+0$/m);
  });

  it('refuses to create over an existing file (exit 1, file untouched)', async () => {
    const dir = tempDir();
    await cli(dir, 'new', 'a.gapboard');
    const before = fileHash(path.join(dir, 'a.gapboard'));
    const again = await cli(dir, 'new', 'a.gapboard');
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already exists/);
    expect(fileHash(path.join(dir, 'a.gapboard'))).toBe(before);
  });
});

describe('bad input to gapboard info: exit 1 with a message naming the problem; the file is unchanged', () => {
  const cases: [string, string | Buffer | null, RegExp][] = [
    ['truncated.gapboard', '{"format":"gapboard","schemaVersion":1,"pro', /not valid JSON/],
    ['types.gapboard', '{"format":"gapboard","schemaVersion":1,"project":{"name":5}}', /project\.name/],
    ['newer.gapboard', '{"format":"gapboard","schemaVersion":42}', /schemaVersion 42/],
    ['binary.gapboard', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /binary file/],
    ['empty.gapboard', '', /is empty/],
    ['dir.gapboard', null, /is a folder/],
  ];
  it.each(cases)('%s', async (name, content, message) => {
    const dir = tempDir();
    const file = path.join(dir, name);
    if (content === null) mkdirSync(file);
    else writeFileSync(file, content);
    const before = content === null ? null : fileHash(file);
    const r = await cli(dir, 'info', name);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    if (before) expect(fileHash(file)).toBe(before);
  });
});

describe('usage errors exit 2 with the usage text', () => {
  it.each([
    [['frobnicate']],
    [['info']],
    [['info', 'a.gapboard', '--bogus']],
    [['new', 'a.gapboard', 'b.gapboard']],
    [[]],
  ])('%j', async (argv) => {
    const dir = tempDir();
    const r = await cli(dir, ...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Usage: gapboard/);
  });
});

it('the installed bin runs under plain Node (no Electron) and sets the exit code', async () => {
  const dir = tempDir();
  const run = promisify(execFile);
  const bin = path.join(ROOT, 'bin/gapboard.mjs');
  const ok = await run(process.execPath, [bin, 'new', path.join(dir, 'x.gapboard')]);
  expect(ok.stdout).toMatch(/Created/);
  await expect(run(process.execPath, [bin, 'nonsense'])).rejects.toMatchObject({ code: 2 });
});
