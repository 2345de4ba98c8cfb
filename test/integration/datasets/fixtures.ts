/** Builders for the dataset tests: temp folders, tiny real images, a capturing CLI io. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { CliIo } from '../../../main/core/cli/types.js';

export const NOW = '2025-01-02T03:04:05.000Z';

export function tempDir(prefix = 'gb-ds-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes `files` (relative path → content) under `root`, creating folders. */
export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
}

/** sha-256 as the coreutils tool computes it (the reference, not our code). */
export function sha256sum(file: string): string {
  return execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]!;
}

/** sha-256 of a string through coreutils (stdin). */
export function sha256sumText(text: string): string {
  return execFileSync('sha256sum', [], { input: text, encoding: 'utf8' }).split(' ')[0]!;
}

export async function png(width: number, height: number, channels: 1 | 3 | 4): Promise<Buffer> {
  const img = sharp(Buffer.alloc(width * height * channels, 128), { raw: { width, height, channels } });
  return (channels === 1 ? img.toColourspace('b-w') : img).png().toBuffer();
}

export async function jpeg(width: number, height: number, channels: 1 | 3): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * channels, 100);
  const img = sharp(raw, { raw: { width, height, channels } });
  return (channels === 1 ? img.toColourspace('b-w') : img).jpeg().toBuffer();
}

/** Every path under `root` with its size and mtime, to prove a scan wrote nothing there. */
export function snapshot(root: string): string {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      const st = fs.lstatSync(abs);
      out.push(`${path.relative(root, abs)} ${st.size} ${st.mtimeMs}`);
      if (e.isDirectory()) walk(abs);
    }
  };
  walk(root);
  return out.sort().join('\n');
}

export interface CapturedIo extends CliIo {
  stdout: () => string;
  stderr: () => string;
}

export function captureIo(cwd: string): CapturedIo {
  let out = '';
  let err = '';
  return {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    cwd,
    now: () => NOW,
    stdout: () => out,
    stderr: () => err,
  };
}
