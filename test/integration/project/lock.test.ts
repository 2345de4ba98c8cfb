import { spawn } from 'node:child_process';
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/core/cli/run-cli.js';
import { currentIdentity, writeAtomic } from '../../../main/core/project/file-io.js';
import { acquireLock } from '../../../main/core/project/lock.js';
import { parseDocument } from '../../../main/core/project/document.js';
import { ProjectSession } from '../../../main/core/project/session.js';
import { captureIo, FIXED_NOW, tempDir } from '../../helpers/temp.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const opts = { now: FIXED_NOW };

async function project(dir: string): Promise<string> {
  const file = path.join(dir, 'p.gapboard');
  await (await ProjectSession.create(file, 'Locks', opts)).close();
  return file;
}

function runBin(cwd: string, args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/gapboard.mjs'), ...args], { cwd });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

describe('the project lock', () => {
  it('an empty lock file (a writer that has not written its name yet) is held, not taken over', async () => {
    const file = await project(tempDir());
    writeFileSync(`${file}.lock`, '');
    const s = await ProjectSession.open(file, opts);
    expect(s.readOnly).toBe(true);
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe('');
    await s.close();
  });

  it('a lock from another machine is taken over only once its heartbeat is over a minute old', async () => {
    const file = await project(tempDir());
    const foreign = JSON.stringify({ pid: 1, host: 'other-machine', at: 'then', nonce: 'n' });
    writeFileSync(`${file}.lock`, foreign);
    const fresh = await ProjectSession.open(file, opts);
    expect(fresh.readOnly).toBe(true);
    expect(fresh.readOnlyReason).toContain('process 1 on other-machine');
    await fresh.close();
    const old = new Date(Date.now() - 5 * 60_000);
    utimesSync(`${file}.lock`, old, old);
    const taken = await ProjectSession.open(file, opts);
    expect(taken.readOnly).toBe(false);
    expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8'))).toMatchObject({ pid: process.pid, host: os.hostname() });
    await taken.close();
  });

  it('a second CLI writer waits for the first and then saves its change', async () => {
    const dir = tempDir();
    const file = await project(dir);
    const held = await acquireLock(file, FIXED_NOW());
    expect(held.acquired).toBe(true);
    const { io, cli } = captureIo(dir);
    let waiting!: () => void;
    const sawWait = new Promise<void>((resolve) => (waiting = resolve));
    const running = runCli(['requirement', 'add', 'p.gapboard', '--metric', 'accuracy', '--target', '0.9'], {
      ...cli,
      err: (t) => {
        cli.err(t);
        if (t.startsWith('Waiting')) waiting();
      },
    });
    await sawWait;
    expect(io.err).toContain(`process ${process.pid} on ${os.hostname()}`);
    await held.release();
    expect(await running).toBe(0);
    expect(io.out.trim()).toBe('R-1');
    expect(parseDocument(readFileSync(file), 'p').doc.requirements.map((r) => r.id)).toEqual(['R-1']);
  });

  it('two `gapboard requirement add` processes at once: both land, with different ids', async () => {
    const dir = tempDir();
    const file = await project(dir);
    const add = (title: string) =>
      runBin(dir, ['requirement', 'add', 'p.gapboard', '--metric', 'accuracy', '--target', '0.9', '--title', title]);
    const [a, b] = await Promise.all([add('first'), add('second')]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect([a.out.trim(), b.out.trim()].sort()).toEqual(['R-1', 'R-2']);
    const doc = parseDocument(readFileSync(file), 'p').doc;
    expect(doc.requirements.map((r) => r.title).sort()).toEqual(['first', 'second']);
  }, 30_000);

  it('a file replaced by another program after the check is not overwritten by the rename', async () => {
    const file = await project(tempDir());
    const seen = await currentIdentity(file);
    const theirs = readFileSync(file, 'utf8').replace('Locks', 'Their edit');
    writeFileSync(file, theirs);
    await expect(writeAtomic(file, 'mine\n', { expect: seen })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(readFileSync(file, 'utf8')).toBe(theirs);
  });
});
