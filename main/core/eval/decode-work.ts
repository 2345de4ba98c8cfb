/** The decode workers' pure work: image files → one Float32Array of sample tensors. */
import { readFile } from 'node:fs/promises';
import { decodeImage } from './decode.js';
import { imageToTensor, type ImagePlan } from './preprocess.js';

export interface DecodeTask {
  files: string[];
  plan: ImagePlan;
  /** Convert to luma first (the 'grayscale' color setting). */
  gray: boolean;
}

export interface DecodeResult {
  /** files.length × sample size floats; the slots of failed files are left at 0. */
  data: Float32Array;
  /** Positions in `files` that failed, with the reason. */
  failed: { index: number; reason: string }[];
}

export const sampleSize = (plan: ImagePlan): number => plan.width * plan.height * plan.channels;

export async function decodeChunk(
  task: DecodeTask,
  read: (file: string) => Promise<Buffer> = readFile,
): Promise<DecodeResult> {
  const size = sampleSize(task.plan);
  const data = new Float32Array(task.files.length * size);
  const failed: DecodeResult['failed'] = [];
  for (let i = 0; i < task.files.length; i++) {
    try {
      const img = await decodeImage(await read(task.files[i] as string));
      imageToTensor(img, task.plan, task.gray, data, i * size);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'file not found' : `cannot decode image: ${(err as Error).message}`;
      failed.push({ index: i, reason });
    }
  }
  return { data, failed };
}
