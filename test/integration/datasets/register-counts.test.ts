/**
 * A registration's statistics and its parent diff, against counts worked out by hand for a
 * small JSONL dataset with duplicate contents, relabels (in place and with a move), a
 * modification, an addition and a removal. The registration streams its samples into the
 * store and counts the diff with DuckDB; the full diff (the Data screen's) must agree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { diffVersions, registerVersion, scanDataset } from '../../../main/core/datasets/index.js';
import { writeSamples } from '../../../main/core/store/sample-data.js';
import { writeManifest } from '../../../main/core/datasets/write-manifest.js';
import { ProjectSession } from '../../../main/core/project/session.js';
import type { Sample } from '../../../shared/schema.js';
import { NOW, tempDir, writeTree } from './fixtures.js';

let dir: string;
let session: ProjectSession;

const jsonl = (rows: object[]): string => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

beforeEach(async () => {
  dir = tempDir();
  session = await ProjectSession.create(path.join(dir, 'p.gapboard'), 'counts', { now: () => NOW });
  return () => session.close();
});

describe('a registration counted by hand', () => {
  it('has the hand-counted statistics, split statistics and parent diff', async () => {
    writeTree(path.join(dir, 'data'), {
      'f/1.txt': 'x',
      'f/2.txt': 'y',
      'f/3.txt': 'd',
      'f/4.txt': 'd', // the same bytes as f/3, under another label
      'f/5.txt': 'z',
      'f/6.txt': 'w',
      'f/7.txt': 'u',
      'f/empty.txt': '',
      'v1.jsonl': jsonl([
        { file: 'f/1.txt', label: 'cat', split: 'train', slices: ['night'] },
        { file: 'f/2.txt', label: 'cat', split: 'train' },
        { file: 'f/3.txt', label: 'cat', split: 'test', slices: ['night', 'blur'] },
        { file: 'f/4.txt', label: 'dog', split: 'test' },
        { file: 'f/5.txt', label: 'cat', split: 'train' },
        { file: 'f/6.txt', label: 'dog', slices: ['night', 'night'] },
        { file: 'f/7.txt', label: 'dog', split: 'train' },
        { file: 'f/missing.txt', label: 'dog' },
        { file: 'f/empty.txt', label: 'cat' },
      ]),
    });
    const v1 = await registerVersion(session, { name: 'pets', source: 'data/v1.jsonl' });
    expect(v1.issues.map((i) => i.path)).toEqual(['f/empty.txt', 'f/missing.txt']);
    // 7 good files: cat = 1,2,3,5; dog = 4,6,7; train = 1,2,5,7; test = 3,4; f/6 has no split.
    // night on 1, 3 and 6 (6 names it twice, counted once); blur on 3.
    expect(v1.version.stats).toEqual({
      count: 7,
      classes: { cat: 4, dog: 3 },
      splits: { test: 2, train: 4 },
      slices: { blur: 1, night: 3 },
    });
    expect(v1.version.splitStats).toEqual({
      test: { count: 2, classes: { cat: 1, dog: 1 }, splits: { test: 2 }, slices: { blur: 1, night: 1 } },
      train: { count: 4, classes: { cat: 3, dog: 1 }, splits: { train: 4 }, slices: { night: 1 } },
    });
    expect(v1.version.parentDiff).toBeUndefined();

    // v2: f/1 relabeled in place; f/2 moved to g/2 (same label); f/5 rewritten; f/6 dropped;
    // f/7 kept; f/9 new; the two copies of "d" (f/3 cat, f/4 dog) leave for g/3 (dog) and
    // g/8 (bird). g/3 comes first and takes the copy with its own label (f/4: a move), so
    // g/8 gets f/3 (a relabel cat → bird). Taking the first copy instead would give 1 move
    // and 3 relabels.
    writeTree(path.join(dir, 'data'), {
      'f/5.txt': 'zz',
      'f/9.txt': 'n',
      'g/2.txt': 'y',
      'g/3.txt': 'd',
      'g/8.txt': 'd',
      'v2.jsonl': jsonl([
        { file: 'g/8.txt', label: 'bird', split: 'test', slices: 'blur;rare' },
        { file: 'f/1.txt', label: 'dog', split: 'train' },
        { file: 'f/5.txt', label: 'cat', split: 'train' },
        { file: 'f/7.txt', label: 'dog', split: 'train' },
        { file: 'f/9.txt', label: 'dog', split: 'test' },
        { file: 'g/2.txt', label: 'cat', split: 'train' },
        { file: 'g/3.txt', label: 'dog', split: 'test' },
      ]),
    });
    const v2 = await registerVersion(session, { name: 'pets', source: 'data/v2.jsonl' });
    expect(v2.version.parent).toBe(1);
    const counts = { added: 1, removed: 1, relabeled: 2, modified: 1, moved: 2, unchanged: 1 };
    expect(v2.version.parentDiff).toEqual(counts);
    // The full diff, with its lists, says the same.
    const full = await diffVersions(session.doc, session.storeDir, 'pets', 2);
    expect(full.counts).toEqual(counts);
    expect(full.moved.map((m) => [m.fromPath, m.path])).toEqual([
      ['f/2.txt', 'g/2.txt'],
      ['f/4.txt', 'g/3.txt'],
    ]);
    expect(full.relabeled.map((r) => [r.fromPath ?? r.path, r.path, r.from, r.to])).toEqual([
      ['f/1.txt', 'f/1.txt', 'cat', 'dog'],
      ['f/3.txt', 'g/8.txt', 'cat', 'bird'],
    ]);
    // bird = g/8; cat = f/5, g/2; dog = f/1, f/7, f/9, g/3; test = f/9, g/3, g/8.
    expect(v2.version.stats).toEqual({
      count: 7,
      classes: { bird: 1, cat: 2, dog: 4 },
      splits: { test: 3, train: 4 },
      slices: { blur: 1, rare: 1 },
    });
    expect(v2.version.splitStats).toEqual({
      test: { count: 3, classes: { bird: 1, cat: 0, dog: 2 }, splits: { test: 3 }, slices: { blur: 1, rare: 1 } },
      train: { count: 4, classes: { bird: 0, cat: 2, dog: 2 }, splits: { train: 4 }, slices: {} },
    });
  });

  it('refuses a manifest identical to the latest version, naming it, unless allowed', async () => {
    writeTree(path.join(dir, 'data'), { 'a/1.txt': 'one', 'a/2.txt': 'two', 'b/3.txt': 'three' });
    await registerVersion(session, { name: 'toy', source: 'data' });
    const file = path.join(dir, 'p.gapboard');
    await session.save();
    const saved = fs.readFileSync(file);
    await expect(registerVersion(session, { name: 'toy', source: 'data' })).rejects.toMatchObject({
      code: 'EXISTS',
      message: expect.stringContaining('toy@v1 already holds exactly this data') as string,
    });
    expect(session.doc.datasets[0]!.versions).toHaveLength(1);
    await session.save();
    expect(fs.readFileSync(file).equals(saved)).toBe(true);
    const again = await registerVersion(session, { name: 'toy', source: 'data', allowUnchanged: true });
    expect(again.version).toMatchObject({ version: 2, parent: 1 });
    // A relabel (the file moves to another class folder) is a change.
    fs.mkdirSync(path.join(dir, 'data/b'), { recursive: true });
    fs.renameSync(path.join(dir, 'data/a/2.txt'), path.join(dir, 'data/b/2.txt'));
    const moved = await registerVersion(session, { name: 'toy', source: 'data' });
    expect(moved.version.parentDiff).toMatchObject({ relabeled: 1, unchanged: 2 });
  });
});

describe('writing a manifest as it streams', () => {
  it('gives the same store file and fingerprint as writing it whole, in path order or not', async () => {
    writeTree(path.join(dir, 'data'), { 'b/2.txt': 'two', 'a/1.txt': 'one', 'a/10.txt': 'ten', 'c/3.txt': 'three' });
    const { samples } = await scanDataset({ source: path.join(dir, 'data') });
    const shuffled: Sample[] = [samples[2]!, samples[0]!, { ...samples[3]!, split: 'test' }, samples[1]!];
    for (const list of [samples, shuffled]) {
      async function* stream(): AsyncGenerator<Sample> {
        yield* list;
      }
      const streamed = await writeManifest(session.storeDir, stream());
      expect(streamed).toEqual(await writeSamples(session.storeDir, list));
    }
  });
});
