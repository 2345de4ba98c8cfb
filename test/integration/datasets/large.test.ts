import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanDataset } from '../../../main/core/datasets/index.js';
import { sha256sum, tempDir } from './fixtures.js';

describe('a folder of 20,000 tiny files', () => {
  const root = tempDir('gb-20k-');
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('scans every file, in order, with the right counts and hashes', async () => {
    for (let c = 0; c < 20; c++) {
      const dir = path.join(root, `class-${String(c).padStart(2, '0')}`);
      fs.mkdirSync(dir);
      for (let i = 0; i < 1000; i++) fs.writeFileSync(path.join(dir, `${String(i).padStart(4, '0')}.txt`), `${c}:${i}`);
    }
    const started = Date.now();
    const r = await scanDataset({ source: root });
    const seconds = (Date.now() - started) / 1000;
    expect(r.samples).toHaveLength(20_000);
    expect(r.issues).toEqual([]);
    expect(Object.values(r.stats.classes)).toEqual(Array(20).fill(1000));
    expect(r.samples[0]!.path).toBe('class-00/0000.txt');
    expect(r.samples[19_999]!.path).toBe('class-19/0999.txt');
    for (const i of [0, 7_777, 19_999]) {
      expect(r.samples[i]!.sha256).toBe(sha256sum(path.join(root, r.samples[i]!.path)));
    }
    expect(seconds).toBeLessThan(30);
  });
});
