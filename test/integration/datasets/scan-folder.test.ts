import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanDataset, type ScanProgress, type ScanResult } from '../../../main/core/datasets/index.js';
import { jpeg, png, sha256sum, snapshot, tempDir, writeTree } from './fixtures.js';

const isRoot = process.getuid?.() === 0;

describe('scanDataset on an image folder', () => {
  let root: string;
  let before: string;
  let result: ScanResult;
  const progress: ScanProgress[] = [];

  beforeAll(async () => {
    root = tempDir();
    writeTree(root, {
      'dog/b.png': await png(4, 6, 3),
      'dog/a.png': await png(10, 2, 1),
      'cat/x.jpg': await jpeg(16, 8, 3),
      'cat/notes.txt': 'not an image but still a file',
      'cat/sub/deep.png': await png(5, 5, 4),
      'bird/broken.png': 'this is text, not a PNG',
      'bird/empty.jpg': '',
      'loose.png': await png(2, 2, 3),
      'cat/.DS_Store': 'junk',
    });
    fs.mkdirSync(path.join(root, 'fish'));
    fs.symlinkSync('..', path.join(root, 'cat', 'loop'));
    fs.symlinkSync('self', path.join(root, 'cat', 'self'));
    before = snapshot(root);
    result = await scanDataset({ source: root, onProgress: (p) => progress.push(p) });
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('lists good files sorted by relative path, labelled by their class folder', () => {
    expect(result.layout).toBe('imagefolder');
    expect(result.samples.map((s) => [s.path, s.label])).toEqual([
      ['cat/notes.txt', 'cat'],
      ['cat/sub/deep.png', 'cat'],
      ['cat/x.jpg', 'cat'],
      ['dog/a.png', 'dog'],
      ['dog/b.png', 'dog'],
    ]);
  });

  it('hashes every file exactly as sha256sum does, and records its size', () => {
    for (const s of result.samples) {
      const abs = path.join(root, s.path);
      expect(s.sha256).toBe(sha256sum(abs));
      expect(s.size).toBe(fs.statSync(abs).size);
    }
  });

  it('keeps every class folder, empty ones too, sorted', () => {
    expect(result.classes).toEqual(['bird', 'cat', 'dog', 'fish']);
    expect(result.stats.classes).toEqual({ bird: 0, cat: 3, dog: 2, fish: 0 });
    expect(result.stats.count).toBe(5);
  });

  it('summarizes image sizes and channels from the headers', () => {
    // widths 5, 16, 10, 4; heights 5, 8, 2, 6; channels 4, 3, 1, 3
    expect(result.stats.image).toEqual({
      minWidth: 4,
      maxWidth: 16,
      minHeight: 2,
      maxHeight: 8,
      channels: { '1': 1, '3': 2, '4': 1 },
    });
  });

  it('turns every bad entry into an issue with a plain reason', () => {
    expect(result.issues).toEqual([
      { path: 'bird/broken.png', reason: expect.stringMatching(/^not an image/) as string },
      { path: 'bird/empty.jpg', reason: 'empty file (0 bytes)' },
      { path: 'cat/loop/', reason: expect.stringMatching(/symlink loop/) as string },
      { path: 'cat/self', reason: expect.stringMatching(/symlink loop/) as string },
      { path: 'fish/', reason: 'empty class folder (no files)' },
      { path: 'loose.png', reason: expect.stringMatching(/not inside a class folder/) as string },
    ]);
  });

  it('never writes into the data folder', () => {
    expect(snapshot(root)).toBe(before);
  });

  it('reports progress with done/total, rate and ETA, ending at total', () => {
    const hashing = progress.filter((p) => p.phase === 'hashing');
    expect(hashing[0]).toMatchObject({ done: 0, total: 7 });
    expect(hashing.at(-1)).toMatchObject({ done: 7, total: 7, etaSeconds: 0 });
    expect(hashing.at(-1)!.filesPerSecond).toBeGreaterThan(0);
  });
});

describe('scanDataset edge cases', () => {
  it('reports a file that vanishes between listing and hashing', async () => {
    const root = tempDir();
    writeTree(root, { 'a/1.txt': 'one', 'a/2.txt': 'two', 'b/3.txt': 'three' });
    const r = await scanDataset({
      source: root,
      onProgress: (p) => {
        // The first hashing report comes after the listing and before any job starts.
        if (p.phase === 'hashing' && p.done === 0) fs.rmSync(path.join(root, 'a/2.txt'));
      },
    });
    expect(r.samples.map((s) => s.path)).toEqual(['a/1.txt', 'b/3.txt']);
    expect(r.issues).toEqual([
      { path: 'a/2.txt', reason: expect.stringMatching(/not found .*removed during the scan/) as string },
    ]);
  });

  it('reports an unreadable file (permission denied)', async () => {
    const root = tempDir();
    writeTree(root, { 'a/ok.txt': 'ok', 'a/locked.txt': 'secret' });
    fs.chmodSync(path.join(root, 'a/locked.txt'), 0o000);
    let r: ScanResult;
    if (isRoot) {
      // Root reads any file whatever its mode because it holds the capabilities that bypass
      // file permissions. The child keeps root's identity (so it can still read the clone
      // and its node_modules wherever they live, even inside a private folder) but runs
      // without those two capabilities, so the locked file is as unreadable as for anyone.
      const child = spawnSync(
        'setpriv',
        [
          '--bounding-set=-dac_override,-dac_read_search',
          process.execPath,
          '--import',
          'tsx',
          path.join(import.meta.dirname, 'scan-child.ts'),
          root,
        ],
        { encoding: 'utf8', cwd: path.resolve(import.meta.dirname, '../../..') },
      );
      expect(child.error).toBeUndefined();
      expect(child.stderr).toBe('');
      r = JSON.parse(child.stdout) as ScanResult;
    } else {
      r = await scanDataset({ source: root });
    }
    expect(r.samples.map((s) => s.path)).toEqual(['a/ok.txt']);
    expect(r.issues).toEqual([{ path: 'a/locked.txt', reason: 'cannot read the file (permission denied)' }]);
  });

  it('reports a pipe in the folder instead of blocking on it', async () => {
    const root = tempDir();
    writeTree(root, { 'a/ok.txt': 'ok' });
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [path.join(root, 'a/pipe')]);
    const r = await scanDataset({ source: root });
    expect(r.samples.map((s) => s.path)).toEqual(['a/ok.txt']);
    expect(r.issues).toEqual([{ path: 'a/pipe', reason: expect.stringMatching(/not a regular file/) as string }]);
  });

  it('drops labels outside a declared class list', async () => {
    const root = tempDir();
    writeTree(root, { 'cat/1.txt': '1', 'dgo/2.txt': '2' });
    const r = await scanDataset({ source: root, classes: ['cat', 'dog'] });
    expect(r.samples.map((s) => s.path)).toEqual(['cat/1.txt']);
    expect(r.issues).toEqual([{ path: 'dgo/2.txt', reason: 'label "dgo" is not in the declared class list' }]);
    expect(r.classes).toEqual(['cat', 'dgo', 'dog']);
  });

  it('can be cancelled mid-scan and says so', async () => {
    const root = tempDir();
    writeTree(root, Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`c/${i}.txt`, String(i)])));
    const ctl = new AbortController();
    const run = scanDataset({
      source: root,
      signal: ctl.signal,
      onProgress: (p) => {
        if (p.phase === 'hashing' && p.done === 0) ctl.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('fails cleanly for a source that does not exist', async () => {
    await expect(scanDataset({ source: path.join(tempDir(), 'nope') })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
