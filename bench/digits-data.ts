/**
 * Image folders for the evaluation benchmarks, written on the fly into a temp folder:
 * ImageFolder layout (`root/<digit>/<n>.png`), deterministic.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { seededRandom } from '../main/core/eval/stats.js';
import type { Digit } from './digits-cnn.js';

async function writeAll(root: string, list: Digit[], encode: (d: Digit, i: number) => Buffer): Promise<void> {
  for (let c = 0; c < 10; c++) await mkdir(join(root, String(c)), { recursive: true });
  const pending: Promise<void>[] = [];
  for (let i = 0; i < list.length; i++) {
    const d = list[i] as Digit;
    pending.push(writeFile(join(root, String(d.label), `${String(i).padStart(6, '0')}.png`), encode(d, i)));
    if (pending.length >= 64) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
}

/** 8×8 8-bit grayscale PNGs, one per digit. */
export function writeGray8(root: string, list: Digit[]): Promise<void> {
  return writeAll(root, list, (d) => {
    const png = new PNG({ width: 8, height: 8, colorType: 0, inputColorType: 0, inputHasAlpha: false });
    png.data = Buffer.from(d.pixels);
    return PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false });
  });
}

/**
 * `size`×`size` RGB PNGs: each digit pixel becomes a block of one tint with mild per-pixel
 * noise (so the files compress like photos rather than flat art); shrunk back to 8×8 by
 * sampling, the block centres give the digit again.
 */
export function writeRgbLarge(root: string, list: Digit[], size = 224): Promise<void> {
  const rnd = seededRandom(9);
  const noise = Int8Array.from({ length: 1 << 16 }, () => Math.floor(rnd() * 9) - 4);
  return writeAll(root, list, (d, i) => {
    const png = new PNG({ width: size, height: size, colorType: 2, inputColorType: 2, inputHasAlpha: false });
    const data = Buffer.alloc(size * size * 3);
    const block = size / 8;
    let k = i * 7919;
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++) {
        const v = d.pixels[Math.floor(y / block) * 8 + Math.floor(x / block)] as number;
        const o = (y * size + x) * 3;
        for (let c = 0; c < 3; c++) data[o + c] = Math.min(255, Math.max(0, v + (noise[k++ & 0xffff] as number)));
      }
    png.data = data;
    return PNG.sync.write(png, { colorType: 2, inputColorType: 2, inputHasAlpha: false });
  });
}
