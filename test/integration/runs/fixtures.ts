/**
 * A small project on real files for the runs tests: uniform-gray 4×4 PNGs listed in a JSONL
 * manifest with splits and slices, a "brightness" model whose answers are known by hand,
 * and models that fail in known ways.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { registerVersion } from '../../../main/core/datasets/index.js';
import { ProjectSession } from '../../../main/core/project/session.js';
import { writeOnnxModel } from '../../helpers/onnx-builder.js';

export const NOW = () => '2026-01-02T03:04:05.000Z';

/**
 * path, label, gray level, split, slices. The model says "light" when the mean level is above
 * 127.5, so dark/2 (150), light/1 (100) and light/3 (30) are the misclassified ones.
 */
export const SHADES: [string, string, number, string, string[]][] = [
  ['dark/0.png', 'dark', 20, 'test', []],
  ['dark/1.png', 'dark', 60, 'test', ['rot']],
  ['dark/2.png', 'dark', 150, 'test', ['rot']],
  ['dark/3.png', 'dark', 100, 'train', []],
  ['light/0.png', 'light', 220, 'test', []],
  ['light/1.png', 'light', 100, 'test', ['rot', 'blur']],
  ['light/2.png', 'light', 200, 'test', ['blur']],
  ['light/3.png', 'light', 30, 'train', []],
];

export function grayPng(level: number, size = 4): Buffer {
  const png = new PNG({ width: size, height: size, colorType: 0, inputColorType: 6 });
  for (let i = 0; i < size * size; i++) png.data.set([level, level, level, 255], i * 4);
  return PNG.sync.write(png, { colorType: 0, inputColorType: 6 });
}

/** Flatten → Gemm: score(dark) = 0.5 − mean, score(light) = mean − 0.5 (logits). */
export function brightnessModel(outputs = 2): Buffer {
  const W: number[] = [];
  for (let k = 0; k < 16; k++) for (let c = 0; c < outputs; c++) W.push(c === 0 ? -1 / 16 : c === 1 ? 1 / 16 : 0);
  const b = Array.from({ length: outputs }, (_, c) => (c === 0 ? 0.5 : c === 1 ? -0.5 : -5));
  return writeOnnxModel({
    inputs: [{ name: 'x', shape: ['N', 1, 4, 4] }],
    outputs: [{ name: 'y', shape: ['N', outputs] }],
    nodes: [
      { op: 'Flatten', inputs: ['x'], outputs: ['f'], attrs: { axis: 1 } },
      { op: 'Gemm', inputs: ['f', 'W', 'b'], outputs: ['y'] },
    ],
    initializers: [
      { name: 'W', dims: [16, outputs], data: W },
      { name: 'b', dims: [outputs], data: b },
    ],
  });
}

/** The brightness model followed by Sqrt(y − 10): every score is NaN. */
export function nanModel(): Buffer {
  const W: number[] = [];
  for (let k = 0; k < 16; k++) W.push(-1 / 16, 1 / 16);
  return writeOnnxModel({
    inputs: [{ name: 'x', shape: ['N', 1, 4, 4] }],
    outputs: [{ name: 'y', shape: ['N', 2] }],
    nodes: [
      { op: 'Flatten', inputs: ['x'], outputs: ['f'], attrs: { axis: 1 } },
      { op: 'Gemm', inputs: ['f', 'W', 'b'], outputs: ['g'] },
      { op: 'Sub', inputs: ['g', 'ten'], outputs: ['h'] },
      { op: 'Sqrt', inputs: ['h'], outputs: ['y'] },
    ],
    initializers: [
      { name: 'W', dims: [16, 2], data: W },
      { name: 'b', dims: [2], data: [0.5, -0.5] },
      { name: 'ten', dims: [1], data: [10] },
    ],
  });
}

/** Writes the images, the manifest and the models under `dir`. */
export async function writeShades(dir: string): Promise<void> {
  const data = path.join(dir, 'data');
  const lines: string[] = [];
  for (const [file, label, level, split, slices] of SHADES) {
    await mkdir(path.dirname(path.join(data, file)), { recursive: true });
    await writeFile(path.join(data, file), grayPng(level));
    lines.push(JSON.stringify({ file, label, split, ...(slices.length ? { slices } : {}) }));
  }
  await writeFile(path.join(data, 'manifest.jsonl'), lines.join('\n') + '\n');
  await mkdir(path.join(dir, 'models'), { recursive: true });
  await writeFile(path.join(dir, 'models', 'bright.onnx'), brightnessModel());
  await writeFile(path.join(dir, 'models', 'three.onnx'), brightnessModel(3));
  await writeFile(path.join(dir, 'models', 'nan.onnx'), nanModel());
}

/** A saved project `p.gapboard` with dataset shades@v1 registered; the session stays open. */
export async function shadesProject(dir: string): Promise<ProjectSession> {
  await writeShades(dir);
  const session = await ProjectSession.create(path.join(dir, 'p.gapboard'), 'Shades', { now: NOW });
  await registerVersion(session, { name: 'shades', source: 'data/manifest.jsonl' });
  await session.save();
  return session;
}

let template: Promise<string> | undefined;

/**
 * The same project copied into `dir`: the scan that registers shades@v1 runs once per test
 * file (it costs a worker start), every test still gets its own files.
 */
export async function shadesCopy(dir: string): Promise<string> {
  template ??= (async () => {
    const t = await mkdtemp(path.join(tmpdir(), 'gapboard-shades-'));
    await (await shadesProject(t)).close();
    return t;
  })();
  await cp(await template, dir, { recursive: true });
  return path.join(dir, 'p.gapboard');
}

/** Removes the template (call from `afterAll`). */
export async function removeShadesTemplate(): Promise<void> {
  if (template) await rm(await template, { recursive: true, force: true });
  template = undefined;
}

/** Softmax confidence of a two-logit row ±d: 1 / (1 + e^(−2|d|)), in 1/1000. */
export const conf2 = (level: number): number => {
  const d = Math.abs(level / 255 - 0.5);
  return Math.round(1000 / (1 + Math.exp(-2 * d)));
};

/** A short speed pass: enough queries for p50 / p95, a fraction of a second. */
export const FAST = { queries: 300, maxSeconds: 1, batches: [1, 8] };
