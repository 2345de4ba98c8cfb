/**
 * `dataset add` (scanDataset) and `eval` read images and tables the same way: the format from
 * the bytes, the same walk with the same per-file issues, one CSV reader, a pixel cap before
 * decoding, and a colour setting that cannot feed the model refused.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { scanDataset } from '../../../main/core/datasets/scan.js';
import { evaluate } from '../../../main/core/eval/evaluate.js';
import { readCsvTable } from '../../../main/core/eval/sources-files.js';
import { readImageFolder } from '../../../main/core/eval/sources.js';
import { linearModel } from '../../helpers/onnx-builder.js';
import { tempDir } from '../../helpers/temp.js';
import { flatGemmModel, writePng } from './fixtures.js';

/** 4×4 one-channel model: dark (class 0) vs light (class 1) by mean brightness. */
const grayModel = flatGemmModel(['N', 1, 4, 4], 2, (_k, c) => (c === 0 ? -1 / 16 : 1 / 16), [0.5, -0.5]);

async function grayFolder(root: string): Promise<void> {
  for (const [cls, v] of [
    ['dark', 20],
    ['light', 230],
  ] as const)
    for (let i = 0; i < 2; i++) await writePng(path.join(root, cls, `${i}.png`), 4, 4, () => [v, v, v]);
}

async function evalFolder(root: string, model: Buffer = grayModel, extra: { maxPixels?: number } = {}) {
  const file = path.join(path.dirname(root), `m-${path.basename(root)}.onnx`);
  await writeFile(file, model);
  return evaluate({ model: file, source: await readImageFolder(root), ...extra });
}

describe('one way to read images and tables', () => {
  it('takes a JPEG named .png as the JPEG it is, in dataset add and in eval alike', async () => {
    const root = path.join(tempDir(), 'imgs');
    await grayFolder(root);
    const jpeg = await sharp(Buffer.alloc(16 * 3, 235), { raw: { width: 4, height: 4, channels: 3 } })
      .jpeg({ quality: 100 })
      .toBuffer();
    writeFileSync(path.join(root, 'light', 'photo.png'), jpeg);
    const scan = await scanDataset({ source: root });
    expect(scan.issues).toEqual([]);
    expect(scan.samples.map((s) => s.path)).toContain('light/photo.png');
    const r = await evalFolder(root);
    expect(r.issues).toEqual([]);
    expect(r.n).toBe(5);
    expect(r.metrics.accuracy).toBe(1);
  });

  it('reports symlink loops and a folder name that is not UTF-8 the same way in both, without failing', async () => {
    const dir = tempDir();
    const root = path.join(dir, 'imgs');
    await grayFolder(root);
    symlinkSync('..', path.join(root, 'dark', 'loop'));
    // A class folder whose name holds the byte 0xFF, which is not UTF-8.
    mkdirSync(Buffer.concat([Buffer.from(`${root}/bad`), Buffer.from([0xff])]));
    writeFileSync(
      Buffer.concat([Buffer.from(`${root}/bad`), Buffer.from([0xff, 0x2f, 0x78, 0x2e, 0x70, 0x6e, 0x67])]),
      'x',
    );
    const scan = await scanDataset({ source: root });
    const r = await evalFolder(root);
    const loop = { path: 'dark/loop/', reason: expect.stringMatching(/symlink loop/) as string };
    const name = { path: 'bad\uFFFD', reason: expect.stringMatching(/not valid UTF-8/) as string };
    expect(scan.issues).toEqual(expect.arrayContaining([loop, name]));
    expect(r.issues).toEqual(expect.arrayContaining([loop, name]));
    expect(r.n).toBe(4);
  });

  it('flags a CSV row with the wrong number of fields with the same reason in both', async () => {
    const dir = tempDir();
    const csv = path.join(dir, 'table.csv');
    writeFileSync(csv, 'a,b,c,label\n1,2,3,x\n4,5,6,y\n7,8,9,10,y\n1,1,1,x\n');
    const scan = await scanDataset({ source: csv });
    const expected = 'row has 5 fields, the header has 4 (line 4)';
    expect(scan.issues).toEqual([{ path: 'table.csv#3', reason: expected }]);
    const model = path.join(dir, 'lin.onnx');
    await writeFile(
      model,
      linearModel({
        weights: [
          [1, -1],
          [0, 0],
          [0, 0],
        ],
        bias: [0, 0],
      }),
    );
    const r = await evaluate({ model, source: await readCsvTable(csv) });
    expect(r.issues).toEqual([{ path: 'table.csv line 4', reason: expected }]);
    expect(r.n).toBe(3);
  });

  it('refuses an image over the pixel cap before decoding it, and --max-pixels moves the cap', async () => {
    const root = path.join(tempDir(), 'imgs');
    await grayFolder(root);
    await writePng(path.join(root, 'light', 'big.png'), 40, 40, () => [240, 240, 240]);
    const capped = await evalFolder(root, grayModel, { maxPixels: 1000 });
    expect(capped.issues).toEqual([
      {
        path: 'light/big.png',
        reason:
          'image is 40×40 (0.0016 MP), over the 0.001 MP decoding limit; raise it with --max-pixels if this is intended',
      },
    ]);
    const open = await evalFolder(root);
    expect(open.issues).toEqual([]);
    expect(open.n).toBe(5);
  });

  it('refuses --color rgb on a one-channel model instead of feeding it the red channel', async () => {
    const root = path.join(tempDir(), 'imgs');
    await grayFolder(root);
    const file = path.join(path.dirname(root), 'gray.onnx');
    await writeFile(file, grayModel);
    await expect(
      evaluate({ model: file, source: await readImageFolder(root), preprocessing: { color: 'rgb' } }),
    ).rejects.toMatchObject({
      code: 'BAD_ARGUMENT',
      message: expect.stringMatching(/takes 1 channel, so color 'rgb' cannot feed it/) as string,
    });
  });
});
