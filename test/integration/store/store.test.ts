import { promises as fs, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SAMPLE_COLUMNS,
  checkStoreFile,
  queryStore,
  storeDirFor,
  storeFilePath,
  streamStore,
  verifiedStoreFile,
  writeStoreTable,
} from '../../../main/core/store/index.js';
import { fileHash, tempDir } from '../../helpers/temp.js';

function* sampleRows(n: number, labelOf = (i: number) => String(i % 10)) {
  for (let i = 0; i < n; i++) {
    yield [
      i,
      `img/${i}.png`,
      i.toString(16).padStart(64, '0'),
      100 + i,
      labelOf(i),
      i % 4 === 0 ? 'test' : 'train',
      i % 7 === 0 ? ['dark'] : null,
    ];
  }
}

const use = { what: 'the samples of digits@v1', redo: 'register the version again' };

describe('the sample store', () => {
  it('puts the store beside the project file, named after it', () => {
    expect(storeDirFor('/a/b/digits.gapboard')).toBe(path.join('/a/b', 'digits.store'));
    expect(() => storeFilePath('/a/b/digits.store', '../etc')).toThrow(/Not a store hash/);
  });

  it('writes a table streamed from an iterator as <sha256>.parquet and reads it back by SQL', async () => {
    const dir = path.join(tempDir(), 'p.store');
    const w = await writeStoreTable(dir, SAMPLE_COLUMNS, sampleRows(1000));
    expect(w.rows).toBe(1000);
    const file = storeFilePath(dir, w.sha256);
    expect(fileHash(file)).toBe(w.sha256);
    expect(readdirSync(dir)).toEqual([`${w.sha256}.parquet`]);
    const counts = await queryStore<{ split: string; n: number }>(
      dir,
      'SELECT split, count(*) AS n FROM {s} GROUP BY split ORDER BY split',
      { s: { sha256: w.sha256, ...use } },
    );
    expect(counts).toEqual([
      { split: 'test', n: 250 },
      { split: 'train', n: 750 },
    ]);
    const [first] = await queryStore(
      dir,
      'SELECT * FROM {s} WHERE idx = $i',
      { s: { sha256: w.sha256, ...use } },
      { i: 7 },
    );
    expect(first).toEqual({
      idx: 7,
      path: 'img/7.png',
      sha256: '7'.padStart(64, '0'),
      size: 107,
      label: '7',
      split: 'train',
      slices: ['dark'],
    });
    let streamed = 0;
    for await (const chunk of streamStore(dir, 'SELECT idx FROM {s} ORDER BY idx', { s: { sha256: w.sha256, ...use } }))
      streamed += chunk.length;
    expect(streamed).toBe(1000);
  });

  it('gives the same rows the same file (two copies share it), other rows another file', async () => {
    const root = tempDir();
    const a = await writeStoreTable(path.join(root, 'a.store'), SAMPLE_COLUMNS, sampleRows(500));
    const b = await writeStoreTable(path.join(root, 'b.store'), SAMPLE_COLUMNS, sampleRows(500));
    expect(b.sha256).toBe(a.sha256);
    const again = await writeStoreTable(path.join(root, 'a.store'), SAMPLE_COLUMNS, sampleRows(500));
    expect(again.sha256).toBe(a.sha256);
    expect(readdirSync(path.join(root, 'a.store'))).toHaveLength(1);
    const other = await writeStoreTable(
      path.join(root, 'a.store'),
      SAMPLE_COLUMNS,
      sampleRows(500, () => 'x'),
    );
    expect(other.sha256).not.toBe(a.sha256);
  });

  it('refuses a missing file with STORE_MISSING naming it and how to restore it', async () => {
    const dir = path.join(tempDir(), 'p.store');
    const sha = 'a'.repeat(64);
    const err = (await verifiedStoreFile(dir, sha, use).catch((e: unknown) => e)) as Error;
    expect(err).toMatchObject({ code: 'STORE_MISSING' });
    expect(err.message).toMatch(
      new RegExp(
        `p\\.store/${sha}\\.parquet, the samples of digits@v1, is missing.*copy the p\\.store folder.*register the version again`,
      ),
    );
    await expect(queryStore(dir, 'SELECT count(*) FROM {s}', { s: { sha256: sha, ...use } })).rejects.toMatchObject({
      code: 'STORE_MISSING',
    });
    expect(await checkStoreFile(dir, sha)).toBe('missing');
  });

  it('refuses an altered file with STORE_ALTERED, even after it was read once', async () => {
    const dir = path.join(tempDir(), 'p.store');
    const w = await writeStoreTable(dir, SAMPLE_COLUMNS, sampleRows(50));
    const ref = { s: { sha256: w.sha256, ...use } };
    expect(await queryStore(dir, 'SELECT count(*)::INTEGER AS n FROM {s}', ref)).toEqual([{ n: 50 }]);
    const file = storeFilePath(dir, w.sha256);
    const bytes = readFileSync(file);
    bytes[100] = bytes[100]! ^ 0xff;
    writeFileSync(file, bytes);
    const err = (await queryStore(dir, 'SELECT count(*) FROM {s}', ref).catch((e: unknown) => e)) as Error;
    expect(err).toMatchObject({ code: 'STORE_ALTERED' });
    expect(err.message).toMatch(/was altered: its content no longer matches its hash/);
    expect(await checkStoreFile(dir, w.sha256)).toBe('altered');
    await fs.rm(file);
  });
});
