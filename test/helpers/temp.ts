import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/** A fresh temp folder per call, removed after the test. */
export function tempDir(prefix = 'gapboard-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export const fileHash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A CLI io that records what a command printed. */
export function captureIo(cwd: string, now = () => '2026-01-02T03:04:05.000Z') {
  const io = { out: '', err: '' };
  return {
    io,
    cli: { out: (t: string) => void (io.out += t), err: (t: string) => void (io.err += t), cwd, now },
  };
}

export const FIXED_NOW = () => '2026-01-02T03:04:05.000Z';
