import { execFileSync, spawn } from 'node:child_process';
import { existsSync, linkSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/core/cli/run-cli.js';
import { readProjectBytes } from '../../../main/core/project/file-io.js';
import { ProjectSession } from '../../../main/core/project/session.js';
import { HOST_TAG } from '../../../main/core/project/temp-files.js';
import { captureIo, FIXED_NOW, tempDir } from '../../helpers/temp.js';

const opts = { now: FIXED_NOW };

async function project(dir: string): Promise<string> {
  const file = path.join(dir, 'p.gapboard');
  await (await ProjectSession.create(file, 'Limits', opts)).close();
  return file;
}

/** The pid of a process that has certainly exited. */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', '0']);
    child.on('exit', () => resolve(child.pid!));
  });
}

describe('what a project file may be', () => {
  it('a FIFO is refused at once instead of waiting for a writer forever', async () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'pipe.gapboard');
    execFileSync('mkfifo', [fifo]);
    await expect(readProjectBytes(fifo)).rejects.toThrow('pipe.gapboard is not a regular file');
  }, 10_000);

  it('/dev/zero is refused instead of read without end, and nothing is locked or created beside it', async () => {
    await expect(ProjectSession.open('/dev/zero', { ...opts, readOnly: true })).rejects.toMatchObject({
      code: 'NOT_A_FILE',
    });
    const dir = tempDir();
    const fifo = path.join(dir, 'pipe.gapboard');
    execFileSync('mkfifo', [fifo]);
    await expect(ProjectSession.open(fifo, opts)).rejects.toMatchObject({ code: 'NOT_A_FILE' });
    expect(readdirSync(dir)).toEqual(['pipe.gapboard']);
  }, 10_000);

  it('a file over the size limit is refused with the flag that raises it; --max-size opens it', async () => {
    const dir = tempDir();
    const s = await ProjectSession.open(await project(dir), opts);
    s.mutate('describe', (d) => void (d.project.description = 'x'.repeat(3000)));
    await s.save();
    await s.close();
    const small = captureIo(dir);
    expect(await runCli(['info', 'p.gapboard', '--max-size', '2K'], small.cli)).toBe(1);
    expect(small.io.err).toContain('p.gapboard is 4 KiB, over the 2 KiB limit for project files');
    expect(small.io.err).toContain('--max-size');
    const big = captureIo(dir);
    expect(await runCli(['info', 'p.gapboard', '--max-size', '16M'], big.cli)).toBe(0);
    expect(big.io.out).toContain('Limits');
    const wrong = captureIo(dir);
    expect(await runCli(['info', 'p.gapboard', '--max-size', 'lots'], wrong.cli)).toBe(2);
  });
});

describe('what a crash leaves behind', () => {
  it('opening for writing sweeps the temp files of dead writers of this project, and nothing else', async () => {
    const dir = tempDir();
    const file = await project(dir);
    const dead = await deadPid();
    const hex = 'a1b2c3d4e5f6';
    const ours = [`.p.gapboard.${HOST_TAG}-${dead}-${hex}.tmp`, `.p.gapboard.bak.${HOST_TAG}-${dead}-${hex}.tmp`];
    const oldFormat = `.p.gapboard.${hex}.tmp`;
    const kept = [
      `.p.gapboard.${HOST_TAG}-${process.pid}-${hex}.tmp`, // a live writer's
      `.p.gapboard.0f0f0f0f.tmp`, // recent, no owner: could be anyone's
      `.other.gapboard.${HOST_TAG}-${dead}-${hex}.tmp`, // another project's
      `notes.tmp`,
    ];
    for (const name of [...ours, oldFormat, ...kept]) writeFileSync(path.join(dir, name), 'partial');
    const twoDaysAgo = new Date(Date.now() - 48 * 3600_000);
    utimesSync(path.join(dir, oldFormat), twoDaysAgo, twoDaysAgo);

    await (await ProjectSession.open(file, { ...opts, readOnly: true })).close();
    expect(readdirSync(dir)).toEqual(expect.arrayContaining([...ours, oldFormat]));

    await (await ProjectSession.open(file, opts)).close();
    const left = readdirSync(dir);
    for (const name of [...ours, oldFormat]) expect(left).not.toContain(name);
    expect(left).toEqual(expect.arrayContaining(kept));
  });

  it('the backup is replaced in one step (a new file), never written over in place', async () => {
    const dir = tempDir();
    const file = await project(dir);
    const before = readFileSync(file);
    // Someone's file hard-linked as the backup: writing the backup in place would change it.
    writeFileSync(path.join(dir, 'unrelated.txt'), 'keep me');
    linkSync(path.join(dir, 'unrelated.txt'), `${file}.bak`);
    const s = await ProjectSession.open(file, opts);
    s.mutate('rename', (d) => void (d.project.name = 'Renamed'));
    await s.save();
    await s.close();
    expect(readFileSync(path.join(dir, 'unrelated.txt'), 'utf8')).toBe('keep me');
    expect(readFileSync(`${file}.bak`).equals(before)).toBe(true);
    expect(statSync(`${file}.bak`).ino).not.toBe(statSync(path.join(dir, 'unrelated.txt')).ino);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});
