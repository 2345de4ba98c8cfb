/** The decode workers' pure work: image files → one Float32Array of sample tensors. */
import { closeSync, openSync, readSync } from 'node:fs';
import { describeFsError } from '../datasets/hash-file.js';
import { decodeImage, ImageProblem } from './decode.js';
import { imageToTensor, type ImagePlan } from './preprocess.js';

export interface DecodeTask {
  files: string[];
  plan: ImagePlan;
  /** Convert to luma first (the 'grayscale' color setting). */
  gray: boolean;
  /** Images with more pixels are refused before decoding (bounded memory). */
  maxPixels: number;
}

export interface DecodeResult {
  /** files.length × sample size floats; the slots of failed files are left at 0. */
  data: Float32Array;
  /** Positions in `files` that failed, with the reason. */
  failed: { index: number; reason: string }[];
}

export const sampleSize = (plan: ImagePlan): number => plan.width * plan.height * plan.channels;

/**
 * Reads whole files into one buffer reused across files, with plain blocking calls: a decode
 * worker has nothing else to do meanwhile, and for small files a fresh Buffer, an fstat and a
 * promise per file cost more than the read itself (measured: about a third of the worker's time
 * on 8×8 PNGs). The bytes returned are valid until the next call.
 */
export function fileReader(): (file: string) => Buffer {
  let buf = Buffer.allocUnsafe(64 * 1024);
  return (file) => {
    const fd = openSync(file, 'r');
    try {
      let size = 0;
      for (;;) {
        if (size === buf.length) {
          const bigger = Buffer.allocUnsafe(buf.length * 2);
          buf.copy(bigger, 0, 0, size);
          buf = bigger;
        }
        const n = readSync(fd, buf, size, buf.length - size, null);
        if (n === 0) break;
        size += n;
      }
      return buf.subarray(0, size);
    } finally {
      closeSync(fd);
    }
  };
}

const readShared = fileReader();

export async function decodeChunk(
  task: DecodeTask,
  read: (file: string) => Buffer | Promise<Buffer> = readShared,
): Promise<DecodeResult> {
  const size = sampleSize(task.plan);
  const data = new Float32Array(task.files.length * size);
  const failed: DecodeResult['failed'] = [];
  for (let i = 0; i < task.files.length; i++) {
    let bytes: Buffer;
    try {
      bytes = await read(task.files[i] as string);
      if (bytes.length === 0) {
        failed.push({ index: i, reason: 'empty file (0 bytes)' });
        continue;
      }
    } catch (err) {
      failed.push({ index: i, reason: describeFsError(err) });
      continue;
    }
    try {
      const img = await decodeImage(bytes, task.maxPixels);
      imageToTensor(img, task.plan, task.gray, data, i * size);
    } catch (err) {
      failed.push({
        index: i,
        reason: err instanceof ImageProblem ? err.message : `cannot decode image: ${(err as Error).message}`,
      });
    }
  }
  return { data, failed };
}
