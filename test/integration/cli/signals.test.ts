/**
 * Ctrl+C and SIGTERM stop a command: the real `gapboard` process, exit 130 / 143, its job
 * cancelled and nothing half-written. The bound on the time to exit is generous (a busy
 * machine); the command itself allows under a second before it cuts work short.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock } from '../../../main/core/project/lock.js';
import { ProjectSession } from '../../../main/core/project/session.js';
import { FIXED_NOW, tempDir } from '../../helpers/temp.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const EXIT_BOUND_MS = 5_000;

/** Starts `gapboard args…`, waits until `ready` appears in its output, sends `signal`. */
async function interrupt(
  cwd: string,
  args: string[],
  ready: RegExp,
  signal: NodeJS.Signals,
): Promise<{ code: number | null; afterSignalMs: number; output: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/gapboard.mjs'), ...args], { cwd });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const onData = (c: Buffer) => {
      output += c.toString();
      if (ready.test(output)) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`exited before it was ready: ${output}`)));
  });
  const t0 = performance.now();
  child.kill(signal);
  const code = await exited;
  return { code, afterSignalMs: performance.now() - t0, output };
}

describe('stopping a command', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '`gapboard serve` stops on %s with exit %i',
    async (signal, expected) => {
      const dir = tempDir();
      await (await ProjectSession.create(path.join(dir, 'p.gapboard'), 'Signals', { now: FIXED_NOW })).close();
      const r = await interrupt(dir, ['serve', 'p.gapboard'], /running at/, signal);
      expect(r.code).toBe(expected);
      expect(r.afterSignalMs).toBeLessThan(EXIT_BOUND_MS);
      expect(existsSync(path.join(dir, 'p.gapboard.lock'))).toBe(false);
    },
    30_000,
  );

  it('a writer waiting for the lock stops on SIGTERM with exit 143 and leaves the file as it was', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.gapboard');
    await (await ProjectSession.create(file, 'Signals', { now: FIXED_NOW })).close();
    const before = readFileSync(file);
    const held = await acquireLock(file, FIXED_NOW());
    try {
      const r = await interrupt(
        dir,
        ['requirement', 'add', 'p.gapboard', '--metric', 'accuracy', '--target', '0.9'],
        /Waiting for the project/,
        'SIGTERM',
      );
      expect(r.code).toBe(143);
      expect(r.afterSignalMs).toBeLessThan(EXIT_BOUND_MS);
      expect(r.output).not.toMatch(/\n\s+at /);
      expect(readFileSync(file).equals(before)).toBe(true);
      expect(await held.stillHeld()).toBe(true);
    } finally {
      await held.release();
    }
  }, 30_000);
});
