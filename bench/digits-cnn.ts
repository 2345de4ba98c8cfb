/**
 * The model and data of the "usual PyTorch script" comparison: a small CNN on 8×8 grayscale
 * digits (real MNIST digits shrunk to 8×8), built without training so the benchmark needs no
 * Python: fixed random 3×3 filters → ReLU → 2×2 max-pool → a linear read-out fitted in closed
 * form (ridge regression on one-hot targets). Its weights are also written as raw float32 so
 * the PyTorch script loads the very same model.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seededRandom } from '../main/core/eval/stats.js';
import { writeOnnxModel } from '../main/core/models/onnx-writer.js';
import { loadMnistDigits } from '../sample-generator/digits.js';

export const FILTERS = 8;
const FEATURES = FILTERS * 4 * 4;

export interface Digit {
  /** 64 bytes, row-major 8×8. */
  pixels: Uint8Array;
  label: number;
}

/** 28×28 → 8×8: the centre 24×24, 3×3 box averages; `shift` moves the crop by one pixel. */
function shrink(img: Uint8Array, shift: number): Uint8Array {
  const out = new Uint8Array(64);
  const o = 2 + shift;
  for (let y = 0; y < 8; y++)
    for (let x = 0; x < 8; x++) {
      let s = 0;
      for (let dy = 0; dy < 3; dy++)
        for (let dx = 0; dx < 3; dx++) s += img[(o + y * 3 + dy) * 28 + o + x * 3 + dx] ?? 0;
      out[y * 8 + x] = Math.round(s / 9);
    }
  return out;
}

/** `n` 8×8 digits: the 10,000 MNIST test digits, shifted copies after the first pass. */
export async function digits8(n: number): Promise<Digit[]> {
  const classes = await loadMnistDigits();
  const all: { img: Uint8Array; label: number }[] = [];
  const longest = Math.max(...classes.map((c) => c.images.length));
  for (let k = 0; k < longest; k++)
    for (const c of classes) if (c.images[k]) all.push({ img: c.images[k] as Uint8Array, label: c.digit });
  const out: Digit[] = [];
  for (let i = 0; i < n; i++) {
    const src = all[i % all.length] as { img: Uint8Array; label: number };
    out.push({ pixels: shrink(src.img, Math.floor(i / all.length) % 2 === 0 ? 0 : -1), label: src.label });
  }
  return out;
}

/** Conv(3×3, pad 1) → ReLU → MaxPool 2×2 on one image scaled to [0, 1]. */
function features(pixels: Uint8Array, conv: Float32Array, bias: Float32Array): Float64Array {
  const f = new Float64Array(FEATURES);
  for (let k = 0; k < FILTERS; k++)
    for (let py = 0; py < 4; py++)
      for (let px = 0; px < 4; px++) {
        let best = -Infinity;
        for (let yy = 0; yy < 2; yy++)
          for (let xx = 0; xx < 2; xx++) {
            const y = py * 2 + yy;
            const x = px * 2 + xx;
            let s = bias[k] as number;
            for (let dy = -1; dy <= 1; dy++)
              for (let dx = -1; dx <= 1; dx++) {
                const sy = y + dy;
                const sx = x + dx;
                if (sy < 0 || sy > 7 || sx < 0 || sx > 7) continue;
                s += ((pixels[sy * 8 + sx] as number) / 255) * (conv[k * 9 + (dy + 1) * 3 + dx + 1] as number);
              }
            best = Math.max(best, Math.max(s, 0));
          }
        f[k * 16 + py * 4 + px] = best;
      }
  return f;
}

/** Solves (A) x = b in place by Gaussian elimination with partial pivoting; A is n×n. */
function solve(a: Float64Array, b: Float64Array, n: number, m: number): Float64Array {
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r * n + c] as number) > Math.abs(a[p * n + c] as number)) p = r;
    for (let j = 0; j < n; j++) [a[c * n + j], a[p * n + j]] = [a[p * n + j] as number, a[c * n + j] as number];
    for (let j = 0; j < m; j++) [b[c * m + j], b[p * m + j]] = [b[p * m + j] as number, b[c * m + j] as number];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = (a[r * n + c] as number) / (a[c * n + c] as number);
      if (f === 0) continue;
      for (let j = c; j < n; j++) a[r * n + j] = (a[r * n + j] as number) - f * (a[c * n + j] as number);
      for (let j = 0; j < m; j++) b[r * m + j] = (b[r * m + j] as number) - f * (b[c * m + j] as number);
    }
  }
  for (let r = 0; r < n; r++)
    for (let j = 0; j < m; j++) b[r * m + j] = (b[r * m + j] as number) / (a[r * n + r] as number);
  return b;
}

export interface DigitsCnn {
  onnx: Buffer;
  /** conv weight [8,1,3,3], conv bias [8], linear weight [128,10] (input-major), linear bias [10]. */
  tensors: { name: string; dims: number[]; data: Float32Array }[];
}

/** Builds the CNN, fitting the read-out on `train`. */
export function digitsCnn(train: Digit[]): DigitsCnn {
  const rnd = seededRandom(42);
  const conv = Float32Array.from({ length: FILTERS * 9 }, () => (rnd() * 2 - 1) * 0.8);
  const convB = Float32Array.from({ length: FILTERS }, () => (rnd() * 2 - 1) * 0.1);
  const n = FEATURES + 1;
  const ata = new Float64Array(n * n);
  const atb = new Float64Array(n * 10);
  for (const d of train) {
    const f = features(d.pixels, conv, convB);
    const row = new Float64Array(n);
    row.set(f);
    row[FEATURES] = 1;
    for (let i = 0; i < n; i++) {
      const ri = row[i] as number;
      if (ri === 0) continue;
      for (let j = 0; j < n; j++) ata[i * n + j] = (ata[i * n + j] as number) + ri * (row[j] as number);
      atb[i * 10 + d.label] = (atb[i * 10 + d.label] as number) + ri;
    }
  }
  for (let i = 0; i < n; i++) ata[i * n + i] = (ata[i * n + i] as number) + 1e-2 * train.length * 1e-3;
  const w = solve(ata, atb, n, 10);
  const lin = Float32Array.from(w.subarray(0, FEATURES * 10));
  const linB = Float32Array.from(w.subarray(FEATURES * 10));
  const tensors = [
    { name: 'convW', dims: [FILTERS, 1, 3, 3], data: conv },
    { name: 'convB', dims: [FILTERS], data: convB },
    { name: 'linW', dims: [FEATURES, 10], data: lin },
    { name: 'linB', dims: [10], data: linB },
  ];
  const onnx = writeOnnxModel({
    inputs: [{ name: 'x', shape: ['N', 1, 8, 8] }],
    outputs: [{ name: 'y', shape: ['N', 10] }],
    nodes: [
      {
        op: 'Conv',
        inputs: ['x', 'convW', 'convB'],
        outputs: ['c'],
        attrs: { kernel_shape: [3, 3], pads: [1, 1, 1, 1] },
      },
      { op: 'Relu', inputs: ['c'], outputs: ['r'] },
      { op: 'MaxPool', inputs: ['r'], outputs: ['p'], attrs: { kernel_shape: [2, 2], strides: [2, 2] } },
      { op: 'Flatten', inputs: ['p'], outputs: ['f'], attrs: { axis: 1 } },
      { op: 'Gemm', inputs: ['f', 'linW', 'linB'], outputs: ['y'] },
    ],
    initializers: tensors,
  });
  return { onnx, tensors };
}

/** Writes the model as ONNX plus `weights.bin` / `weights.json` for the PyTorch script. */
export async function writeDigitsCnn(dir: string, cnn: DigitsCnn): Promise<string> {
  const file = join(dir, 'cnn.onnx');
  await writeFile(file, cnn.onnx);
  await writeFile(
    join(dir, 'weights.bin'),
    Buffer.concat(cnn.tensors.map((t) => Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength))),
  );
  await writeFile(join(dir, 'weights.json'), JSON.stringify(cnn.tensors.map((t) => ({ name: t.name, dims: t.dims }))));
  return file;
}
