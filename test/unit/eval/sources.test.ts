import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvRecord } from '../../../main/core/datasets/csv.js';
import { readCsvTable, readManifest } from '../../../main/core/eval/sources-files.js';
import { parseSlices, readImageFolder, type EvalSample, type EvalSource } from '../../../main/core/eval/sources.js';
import { bindWorker, type FromWorker } from '../../../main/core/eval/worker-protocol.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gapboard-sources-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function all(src: EvalSource): Promise<EvalSample[]> {
  const out: EvalSample[] = [];
  for await (const s of src.samples()) out.push(s);
  return out;
}

describe('parseCsvRecord', () => {
  it.each([
    ['a,b,c', ['a', 'b', 'c']],
    ['"x, y",2', ['x, y', '2']],
    ['"say ""hi""",', ['say "hi"', '']],
    ['"open', null],
  ])('%s', (text, fields) => expect(parseCsvRecord(text)).toEqual(fields));
});

describe('parseSlices', () => {
  it.each([
    ['night;rain', ['night', 'rain']],
    ['["a;b","c"]', ['a;b', 'c']],
    [['x'], ['x']],
    ['', undefined],
  ])('%j', (value, tags) => expect(parseSlices(value, 'here')).toEqual(tags));
});

describe('readCsvTable', () => {
  it('uses every column but the label, in file order; classes are sorted labels', async () => {
    const file = join(dir, 't.csv');
    await writeFile(file, 'b,label,a\n1,zeta,2\n"3",alpha,4\n\n5,zeta,x\n');
    const src = await readCsvTable(file);
    expect(src).toMatchObject({ kind: 'tabular', classes: ['alpha', 'zeta'], count: 3, featureNames: ['b', 'a'] });
    const rows = await all(src);
    expect(rows.map((r) => r.features)).toEqual([
      [1, 2],
      [3, 4],
      [5, NaN],
    ]);
    expect(rows[2]).toMatchObject({ path: 't.csv line 5', problem: "column 'a' is not a number ('x')" });
  });

  it('takes the label column and features when named', async () => {
    const file = join(dir, 'named.csv');
    await writeFile(file, 'x,y,z,target\n1,2,3,k\n');
    const src = await readCsvTable(file, { label: 'target', features: ['z', 'x'] });
    expect((await all(src))[0]).toMatchObject({ label: 'k', features: [3, 1] });
    await expect(readCsvTable(file, { label: 'nope' })).rejects.toMatchObject({
      code: 'BAD_DATA',
      message: expect.stringMatching(/no label column 'nope'/) as string,
    });
  });
});

describe('readManifest', () => {
  it('reads JSONL with split filter and slices, paths relative to the manifest', async () => {
    const file = join(dir, 'm.jsonl');
    await writeFile(
      file,
      [
        '{"file":"img/1.png","label":"cat","split":"test","slices":["night"]}',
        '{"file":"img/2.png","label":"dog","split":"train"}',
        '',
      ].join('\n'),
    );
    const src = await readManifest(file, { split: 'test' });
    expect(src.count).toBe(1);
    expect(await all(src)).toEqual([
      { path: 'img/1.png', absPath: join(dir, 'img', '1.png'), label: 'cat', split: 'test', slices: ['night'] },
    ]);
  });

  it('reads a CSV manifest with ;-separated slices', async () => {
    const file = join(dir, 'm.csv');
    await writeFile(file, 'file,label,slices\na.png,1,rot;blur\nb.png,0,\n');
    const rows = await all(await readManifest(file));
    expect(rows.map((r) => [r.label, r.slices])).toEqual([
      ['1', ['rot', 'blur']],
      ['0', undefined],
    ]);
  });

  it.each(['../escape.png', '/etc/passwd', 'a/../../b.png'])('refuses %s', async (bad) => {
    const file = join(dir, 'bad.jsonl');
    await writeFile(file, JSON.stringify({ file: bad, label: 'x' }) + '\n');
    await expect(readManifest(file)).rejects.toMatchObject({
      code: 'BAD_DATA',
      message: expect.stringMatching(/bad\.jsonl line 1.*relative path inside/) as string,
    });
  });
});

describe('readImageFolder', () => {
  it('sorts classes and files by name and ignores non-images', async () => {
    const root = join(dir, 'folder');
    for (const [cls, files] of [
      ['b', ['2.png', '1.jpg', 'notes.txt']],
      ['a', ['x.PNG']],
    ] as const) {
      await mkdir(join(root, cls), { recursive: true });
      for (const f of files) await writeFile(join(root, cls, f), '');
    }
    const src = await readImageFolder(root);
    expect(src.classes).toEqual(['a', 'b']);
    expect((await all(src)).map((s) => s.path)).toEqual(['a/x.PNG', 'b/1.jpg', 'b/2.png']);
  });
});

describe('bindWorker', () => {
  it('answers start with done, and an unknown message type with error', async () => {
    const { port1, port2 } = new MessageChannel();
    bindWorker(port2, (task: { n: number }) => task.n * 2);
    const replies: FromWorker<number>[] = [];
    const got = new Promise<void>((resolve) =>
      port1.on('message', (m: FromWorker<number>) => {
        replies.push(m);
        if (replies.length === 2) resolve();
      }),
    );
    port1.postMessage({ type: 'start', id: 1, task: { n: 21 } });
    port1.postMessage({ type: 'stop', id: 2 });
    await got;
    port1.close();
    expect(replies).toContainEqual({ type: 'done', id: 1, result: 42 });
    expect(replies).toContainEqual({ type: 'error', id: 2, message: "unknown message type 'stop'" });
  });
});
