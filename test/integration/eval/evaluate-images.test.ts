import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../main/core/eval/evaluate.js';
import { readManifest } from '../../../main/core/eval/sources-files.js';
import { readImageFolder } from '../../../main/core/eval/sources.js';
import { bareArgmax, flatGemmModel, tmp, writePng } from './fixtures.js';

let dir: string;
beforeAll(async () => {
  dir = await tmp('eval-img');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// 4×4 grayscale, brightness classes; mean pixel decides: score(dark) = 0.5 − mean, score(light) = mean − 0.5
const grayModel = (shape: (number | string)[]) =>
  flatGemmModel(shape, 2, (_k, c) => (c === 0 ? -1 / 16 : 1 / 16), [0.5, -0.5]);
const levels: Record<string, number[]> = { dark: [10, 60, 100, 140], light: [200, 250, 120, 90] }; // 140 and 120/90 are "wrong"

async function grayFolder(root: string, colorType: 0 | 6 = 0): Promise<void> {
  for (const [cls, values] of Object.entries(levels)) {
    for (const [i, v] of values.entries())
      await writePng(
        join(root, cls, `${i}.png`),
        4,
        4,
        (p) => {
          const g = Math.min(255, v + (p % 4) * 3);
          return [g, g, g];
        },
        colorType,
      );
  }
}

describe('evaluate on images', () => {
  it('matches a bare session.run over tensors decoded independently (1-channel NCHW)', async () => {
    const root = join(dir, 'gray');
    await grayFolder(root);
    await writeFile(join(root, 'dark', 'broken.png'), Buffer.from('not a png at all'));
    const buf = grayModel(['N', 1, 4, 4]);
    await writeFile(join(dir, 'gray.onnx'), buf);
    const progress: number[] = [];
    const r = await evaluate(
      { model: join(dir, 'gray.onnx'), source: await readImageFolder(root), batch: 3 },
      { onProgress: (p) => progress.push(p.done) },
    );

    const tensors: number[] = [];
    const truth: number[] = [];
    for (const [ci, cls] of ['dark', 'light'].entries()) {
      for (let i = 0; i < 4; i++) {
        const png = PNG.sync.read(await readFile(join(root, cls, `${i}.png`)));
        for (let p = 0; p < 16; p++) tensors.push((png.data[p * 4] as number) / 255);
        truth.push(ci);
      }
    }
    const bare = await bareArgmax(buf, Float32Array.from(tensors), [8, 1, 4, 4]);
    const bareAcc = bare.filter((p, i) => p === truth[i]).length / 8;
    // broken.png sorts after 0–3.png in dark/: index 4, unscored
    expect(r.issues).toEqual([{ path: 'dark/broken.png', reason: expect.stringMatching(/^not an image/) as string }]);
    expect(r.predictions!.pred[4]).toBe(-1);
    expect(r.predictions!.pred.filter((_, i) => i !== 4)).toEqual(bare);
    expect(r.n).toBe(8);
    expect(r.metrics.accuracy).toBe(bareAcc);
    expect(r.metrics.accuracy).toBe(5 / 8);
    expect(r.preprocessing).toMatchObject({ color: 'grayscale', tensorLayout: 'NCHW', width: 4, height: 4 });
    expect(progress.at(-1)).toBe(9);
  });

  it('feeds RGB to a 3-channel NHWC model in R, G, B order', async () => {
    const root = join(dir, 'rgb');
    const colors: Record<string, [number, number, number]> = {
      blue: [0, 0, 200],
      green: [0, 200, 0],
      red: [200, 0, 0],
    };
    for (const [cls, c] of Object.entries(colors))
      for (let i = 0; i < 2; i++) await writePng(join(root, cls, `${i}.png`), 4, 4, () => c, 2);
    // class index: blue 0, green 1, red 2 → flat element k has channel k % 3 (r g b)
    const chanToClass = [2, 1, 0];
    await writeFile(
      join(dir, 'rgb.onnx'),
      flatGemmModel(['N', 4, 4, 3], 3, (k, c) => (chanToClass[k % 3] === c ? 1 : 0), [0, 0, 0]),
    );
    const r = await evaluate({ model: join(dir, 'rgb.onnx'), source: await readImageFolder(root) });
    expect(r.preprocessing).toMatchObject({ color: 'rgb', tensorLayout: 'NHWC' });
    expect(r.metrics.accuracy).toBe(1);
    expect(r.predictions!.conf.every((c) => c === 1000)).toBe(true);
  });

  it('gives a 3-channel NCHW model gray images (replicated) and a 1-channel model RGB images (luma)', async () => {
    const gray = join(dir, 'gray3');
    await grayFolder(gray, 6);
    // NCHW 3 channels: use only channel 2 (blue plane = elements 32..47) to decide brightness
    await writeFile(
      join(dir, 'gray3.onnx'),
      flatGemmModel(['N', 3, 4, 4], 2, (k, c) => (k >= 32 ? (c === 0 ? -1 / 16 : 1 / 16) : 0), [0.5, -0.5]),
    );
    const r3 = await evaluate({ model: join(dir, 'gray3.onnx'), source: await readImageFolder(gray) });
    expect(r3.metrics.accuracy).toBe(5 / 8);

    const rgb = join(dir, 'rgb1');
    // pure blue 255 has luma 0.114·255 ≈ 29 (dark); white is light
    for (let i = 0; i < 2; i++) {
      await writePng(join(rgb, 'dark', `${i}.png`), 4, 4, () => [0, 0, 255], 2);
      await writePng(join(rgb, 'light', `${i}.png`), 4, 4, () => [255, 255, 255], 2);
    }
    await writeFile(join(dir, 'gray1.onnx'), grayModel(['N', 1, 4, 4]));
    const r1 = await evaluate({ model: join(dir, 'gray1.onnx'), source: await readImageFolder(rgb) });
    expect(r1.metrics.accuracy).toBe(1);
  });

  it('decodes JPEG and large PNG with sharp and resizes to the model size, slices from a manifest', async () => {
    const files: string[] = [];
    for (const [i, v] of [30, 220].entries()) {
      const raw = Buffer.alloc(200 * 160 * 3, v);
      await mkdir(join(dir, 'big'), { recursive: true });
      await sharp(raw, { raw: { width: 200, height: 160, channels: 3 } })
        .jpeg()
        .toFile(join(dir, 'big', `${i}.jpg`));
      await sharp(raw, { raw: { width: 200, height: 160, channels: 3 } })
        .png()
        .toFile(join(dir, 'big', `${i}.png`));
      files.push(`${i}.jpg`, `${i}.png`);
    }
    const manifest = join(dir, 'big', 'manifest.jsonl');
    const label = (f: string) => (f.startsWith('0') ? 'dark' : 'light');
    await writeFile(
      manifest,
      files
        .map((f) => JSON.stringify({ file: f, label: label(f), slices: f.endsWith('.jpg') ? ['jpeg'] : ['png'] }))
        .join('\n'),
    );
    await writeFile(join(dir, 'big.onnx'), grayModel(['N', 1, 4, 4]));
    const r = await evaluate({ model: join(dir, 'big.onnx'), source: await readManifest(manifest), workers: 1 });
    expect(r.issues).toEqual([]);
    expect(r.metrics.accuracy).toBe(1);
    expect(r.metrics['slice[jpeg].accuracy']).toBe(1);
    expect(r.metrics['slice[png].recall[light]']).toBe(1);
  });

  it('cancels mid-run with CANCELLED', async () => {
    await writeFile(join(dir, 'cancel.onnx'), grayModel(['N', 1, 4, 4]));
    const ac = new AbortController();
    const run = evaluate(
      { model: join(dir, 'cancel.onnx'), source: await readImageFolder(join(dir, 'gray')), batch: 2 },
      { signal: ac.signal, onProgress: () => ac.abort() },
    );
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it.each([
    ['throws', 'throw new Error("boom")', /decode worker crashed: boom/],
    ['exits', 'process.exit(3)', /decode worker exited unexpectedly \(code 3\)/],
  ])('turns a worker that %s into a rejected run', async (_name, code, msg) => {
    const root = join(dir, 'gray');
    await writeFile(join(dir, 'crash.onnx'), grayModel(['N', 1, 4, 4]));
    const run = evaluate({
      model: join(dir, 'crash.onnx'),
      source: await readImageFolder(root),
      spawnWorker: () => new Worker(code, { eval: true }),
    });
    await expect(run).rejects.toMatchObject({ code: 'EVAL_FAILED', message: expect.stringMatching(msg) as string });
  });
});
