import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanDataset } from '../../../main/core/datasets/index.js';
import { describeFsError } from '../../../main/core/datasets/hash-file.js';
import { png, sha256sum, sha256sumText, snapshot, tempDir, writeTree } from './fixtures.js';

describe('JSONL and CSV manifests', () => {
  it('hashes the files a JSONL manifest names, relative to the manifest, with split and slices', async () => {
    const root = tempDir();
    writeTree(root, { 'img/a.png': await png(3, 4, 3), 'img/b.bin': 'bbb', 'outside.txt': 'x' });
    const lines = [
      { file: 'img/b.bin', label: 'dog', split: 'test', slices: ['night'] },
      { file: 'img/a.png', label: 'cat', split: 'train', slices: 'night;rotated' },
      { file: '../escape.png', label: 'cat' },
      { file: path.join(root, 'outside.txt'), label: 'cat' },
      { file: 'img/a.png', label: 'dog' },
      { file: 'img/missing.png', label: 'cat' },
      { file: 'img', label: 'cat' },
    ];
    fs.writeFileSync(path.join(root, 'm.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const before = snapshot(root);
    const r = await scanDataset({ source: path.join(root, 'm.jsonl') });
    expect(r.layout).toBe('jsonl');
    expect(r.samples).toEqual([
      {
        path: 'img/a.png',
        sha256: sha256sum(path.join(root, 'img/a.png')),
        size: fs.statSync(path.join(root, 'img/a.png')).size,
        label: 'cat',
        split: 'train',
        slices: ['night', 'rotated'],
      },
      {
        path: 'img/b.bin',
        sha256: sha256sum(path.join(root, 'img/b.bin')),
        size: 3,
        label: 'dog',
        split: 'test',
        slices: ['night'],
      },
    ]);
    expect(r.stats).toMatchObject({ count: 2, splits: { test: 1, train: 1 }, slices: { night: 2, rotated: 1 } });
    expect(r.issues).toEqual(
      [
        { path: '../escape.png', reason: expect.stringMatching(/outside the dataset root/) as string },
        { path: path.join(root, 'outside.txt'), reason: expect.stringMatching(/absolute path refused/) as string },
        { path: 'img', reason: 'not a regular file (a folder)' },
        { path: 'img/a.png', reason: expect.stringMatching(/duplicate entry/) as string },
        { path: 'img/missing.png', reason: expect.stringMatching(/file not found/) as string },
      ].sort((a, b) => (a.path < b.path ? -1 : 1)),
    );
    expect(snapshot(root)).toBe(before);
  });

  it('detects a CSV with a file column as a manifest', async () => {
    const root = tempDir();
    writeTree(root, { 'x/1.txt': 'one', 'm.csv': 'file,label,slices\nx/1.txt,cat,"a;b"\n' });
    const r = await scanDataset({ source: path.join(root, 'm.csv') });
    expect(r.samples).toEqual([
      { path: 'x/1.txt', sha256: sha256sum(path.join(root, 'x/1.txt')), size: 3, label: 'cat', slices: ['a', 'b'] },
    ]);
  });
});

describe('CSV tables (the CSV is the dataset)', () => {
  const csv = 'f1,f2,species\n5.1,3.5,setosa\n6.2,2.9,versicolor\n7.0,3.2\n4.9,3.0,setosa\n';

  it('makes one sample per row, hashed over the row text', async () => {
    const root = tempDir();
    writeTree(root, { 'iris.csv': csv });
    const r = await scanDataset({ source: path.join(root, 'iris.csv'), labelColumn: 'species' });
    expect(r.layout).toBe('csv');
    expect(r.samples.map((s) => [s.path, s.label, s.sha256, s.size])).toEqual([
      ['iris.csv#1', 'setosa', sha256sumText('5.1,3.5,setosa'), 14],
      ['iris.csv#2', 'versicolor', sha256sumText('6.2,2.9,versicolor'), 18],
      ['iris.csv#4', 'setosa', sha256sumText('4.9,3.0,setosa'), 14],
    ]);
    expect(r.classes).toEqual(['setosa', 'versicolor']);
    expect(r.issues).toEqual([{ path: 'iris.csv#3', reason: 'row has 2 fields, the header has 3 (line 4)' }]);
  });

  it('reports a missing label column, naming the columns there are', async () => {
    const root = tempDir();
    writeTree(root, { 'iris.csv': csv });
    const r = await scanDataset({ source: path.join(root, 'iris.csv'), labelColumn: 'label' });
    expect(r.samples).toEqual([]);
    expect(r.issues).toEqual([{ path: 'iris.csv', reason: 'no label column "label" (columns: f1, f2, species)' }]);
  });

  it('keeps the good rows of a CSV that is not all UTF-8', async () => {
    const root = tempDir();
    // "café" in Latin-1 on row 2: byte 0xE9 alone is not UTF-8.
    const bytes = Buffer.concat([Buffer.from('x,label\n1,ok\n2,caf'), Buffer.from([0xe9]), Buffer.from('\n3,fine\n')]);
    writeTree(root, { 't.csv': bytes });
    const r = await scanDataset({ source: path.join(root, 't.csv') });
    expect(r.samples.map((s) => s.path)).toEqual(['t.csv#1', 't.csv#3']);
    expect(r.issues).toEqual([{ path: 't.csv#2', reason: 'row is not valid UTF-8 text (line 3)' }]);
  });
});

describe('file-system errors in plain words', () => {
  it.each([
    ['EACCES', 'cannot read the file (permission denied)'],
    ['ENOENT', 'file not found (missing, or removed during the scan)'],
    ['ELOOP', 'symlink loop (the link points back at itself)'],
    ['EIO', 'cannot read the file (EIO)'],
  ])('%s → %s', (code, text) => {
    expect(describeFsError(Object.assign(new Error('x'), { code }))).toBe(text);
  });
});
