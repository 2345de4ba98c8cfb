/**
 * Image decoding for evaluation, one path for every file: the format comes from the file's
 * signature (never its name) through the same header reader `dataset add` uses, the pixel
 * count is checked against a cap before any pixel is decoded, and the decoder is chosen by
 * measurement: PNGs go to the lean decoder in png-decode.ts, sharp (libvips) takes every
 * other format and interlaced PNGs. Measured on this project's 2-core box, per image, best of
 * 8 rounds: 32×32 RGB 0.033 ms vs sharp 0.31; 64×64 0.094 vs 0.39; 128×128 0.36 vs 0.64. At
 * 224×224 with photo-like noise one sharp call finishes sooner (1.35 vs 2.8 ms) but spends
 * more CPU on its extra threads: evaluating 5,000 such files took 7.2 CPU-seconds with the
 * lean decoder and 9.1 with sharp, and CPU is what two busy cores run out of.
 * Both give raw 8-bit pixels at native size: resizing is done by our own code (preprocess.ts)
 * so the tensor does not depend on which decoder ran.
 */
import type Sharp from 'sharp';
import { sniffImage } from '../datasets/image-header.js';
import { decodePng, PngError } from './png-decode.js';
import type { DecodedImage } from './preprocess.js';

/** A file that cannot be used, with the reason a person can act on. */
export class ImageProblem extends Error {}

type SharpModule = typeof Sharp;
let sharpPromise: Promise<SharpModule> | undefined;

/** Loaded lazily: a worker that only sees PNGs never pays sharp's start-up. */
function loadSharp(): Promise<SharpModule> {
  sharpPromise ??= import('sharp').then((m) => {
    const sharp = ((m as unknown as { default?: SharpModule }).default ?? m) as SharpModule;
    // One libvips thread per worker: parallelism comes from the worker pool, and more
    // threads per worker would only fight over the same cores.
    sharp.concurrency(1);
    sharp.cache(false);
    return sharp;
  });
  return sharpPromise;
}

const mp = (pixels: number): string => `${+(pixels / 1e6).toPrecision(3)} MP`;

/** The message for an image over the cap; the CLI flag named here raises it. */
export function overCap(width: number, height: number, maxPixels: number): string {
  return `image is ${width}×${height} (${mp(width * height)}), over the ${mp(maxPixels)} decoding limit; raise it with --max-pixels if this is intended`;
}

/** Decodes one file's bytes; the result never aliases `bytes`. */
export async function decodeImage(bytes: Buffer, maxPixels: number): Promise<DecodedImage> {
  const head = sniffImage(bytes, true);
  if (!head.ok) throw new ImageProblem(head.reason);
  if (head.info && head.info.width * head.info.height > maxPixels)
    throw new ImageProblem(overCap(head.info.width, head.info.height, maxPixels));
  if (head.format === 'png') {
    try {
      const img = decodePng(bytes);
      if (img) return img;
    } catch (err) {
      if (err instanceof PngError) throw new ImageProblem(`cannot decode image: ${err.message}`);
      throw err;
    }
  }
  const sharp = await loadSharp();
  try {
    // A copy: the caller may reuse `bytes` for the next file while libvips works.
    const { data, info } = await sharp(Buffer.from(bytes), { failOn: 'error', limitInputPixels: maxPixels })
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, channels: info.channels };
  } catch (err) {
    const message = (err as Error).message;
    if (/pixel limit/i.test(message))
      throw new ImageProblem(
        `image is over the ${mp(maxPixels)} decoding limit; raise it with --max-pixels if this is intended`,
      );
    throw new ImageProblem(`cannot decode image: ${message}`);
  }
}
