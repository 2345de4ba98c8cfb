/** Shared builders for the evaluation integration tests: temp folders, images, models. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PNG } from 'pngjs';
import * as ort from 'onnxruntime-node';
import { writeOnnxModel } from '../../helpers/onnx-builder.js';

export const tmp = (prefix: string): Promise<string> => mkdtemp(join(tmpdir(), `gapboard-${prefix}-`));

/** Writes an RGBA PNG whose pixel i gets color px(i). */
export async function writePng(
  file: string,
  w: number,
  h: number,
  px: (i: number) => [number, number, number],
  colorType: 0 | 2 | 6 = 6,
): Promise<void> {
  const png = new PNG({ width: w, height: h, colorType, inputColorType: 6 });
  for (let i = 0; i < w * h; i++) {
    const [r, g, b] = px(i);
    png.data.set([r, g, b, 255], i * 4);
  }
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, PNG.sync.write(png, { colorType, inputColorType: 6 }));
}

/**
 * [N, C, H, W] or [N, H, W, C] image → Flatten → Gemm(W) → logits. `weight(k, cls)` gives the
 * weight of flat input element k for class cls.
 */
export function flatGemmModel(
  shape: (number | string)[],
  classes: number,
  weight: (k: number, cls: number) => number,
  bias: number[],
): Buffer {
  const size = (shape.slice(1) as number[]).reduce((a, b) => a * b, 1);
  const W: number[] = [];
  for (let k = 0; k < size; k++) for (let c = 0; c < classes; c++) W.push(weight(k, c));
  return writeOnnxModel({
    inputs: [{ name: 'x', shape }],
    outputs: [{ name: 'y', shape: [shape[0] as number | string, classes] }],
    nodes: [
      { op: 'Flatten', inputs: ['x'], outputs: ['f'], attrs: { axis: 1 } },
      { op: 'Gemm', inputs: ['f', 'W', 'b'], outputs: ['y'] },
    ],
    initializers: [
      { name: 'W', dims: [size, classes], data: W },
      { name: 'b', dims: [classes], data: bias },
    ],
  });
}

/** Arg-max predictions of a bare `session.run` over one tensor holding every sample. */
export async function bareArgmax(model: Buffer, data: Float32Array, dims: number[]): Promise<number[]> {
  const session = await ort.InferenceSession.create(model);
  const out = (await session.run({ x: new ort.Tensor('float32', data, dims) })).y as ort.Tensor;
  await session.release();
  const scores = out.data as Float32Array;
  const k = scores.length / (dims[0] as number);
  const preds: number[] = [];
  for (let r = 0; r < (dims[0] as number); r++) {
    let best = 0;
    for (let c = 1; c < k; c++) if ((scores[r * k + c] as number) > (scores[r * k + best] as number)) best = c;
    preds.push(best);
  }
  return preds;
}
