/**
 * `gapboard … | head`: the reader closes stdout after a few lines. The command must still
 * finish its work and exit quietly — no EPIPE stack trace, the exit code its own — and what it
 * registered is saved in the project.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectSession } from '../../../main/core/project/session.js';
import { FIXED_NOW, tempDir } from '../../helpers/temp.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('a closed stdout', () => {
  it('ends `dataset add … | head` quietly with exit 0 and the version saved', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.gapboard');
    await (await ProjectSession.create(file, 'Pipe', { now: FIXED_NOW })).close();
    // Thousands of empty files make a long "Left out" listing, far more than a pipe buffer.
    mkdirSync(path.join(dir, 'data/a'), { recursive: true });
    writeFileSync(path.join(dir, 'data/a/ok.txt'), 'x');
    for (let i = 0; i < 3000; i++) writeFileSync(path.join(dir, `data/a/empty-${i}.txt`), '');

    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'bin/gapboard.mjs'), 'dataset', 'add', 'p.gapboard', '--name', 'toy', '--path', 'data'],
      { cwd: dir },
    );
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    let first = '';
    child.stdout.once('data', (c: Buffer) => {
      first = c.toString();
      child.stdout.destroy(); // like `head -1`: read one chunk, then close the pipe
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));

    expect(first).toMatch(/Registered toy@v1/);
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
    const s = await ProjectSession.open(file, { now: FIXED_NOW, readOnly: true });
    try {
      expect(s.doc.datasets.map((d) => d.name)).toEqual(['toy']);
    } finally {
      await s.close();
    }
  }, 30_000);
});
