import { describe, expect, it } from 'vitest';
import {
  imagePlan,
  imageToTensor,
  resolvePreprocessing,
  type DecodedImage,
} from '../../../main/core/eval/preprocess.js';
import type { TensorInfo } from '../../../shared/schema.js';

const model = (shape: (number | string)[]) => ({
  label: 'm.onnx',
  inputs: [{ name: 'x', type: 'float32', shape }] as TensorInfo[],
  outputs: [{ name: 'y', type: 'float32', shape: ['N', 2] }] as TensorInfo[],
});
const data = { classes: ['a', 'b'] };

describe('resolvePreprocessing defaults from the input shape', () => {
  it.each([
    [['N', 1, 28, 28], 'NCHW', 'grayscale', 28, 28],
    [['N', 3, 32, 48], 'NCHW', 'rgb', 32, 48],
    [['N', 32, 48, 3], 'NHWC', 'rgb', 32, 48],
    [['N', 8, 8, 1], 'NHWC', 'grayscale', 8, 8],
    [['N', 8, 8], 'NHWC', 'grayscale', 8, 8],
  ] as const)('%j → %s %s %ix%i', (shape, layout, color, h, w) => {
    const p = resolvePreprocessing(model([...shape]), {}, data);
    expect(p).toMatchObject({
      kind: 'image',
      tensorLayout: layout,
      color,
      height: h,
      width: w,
      scale: 1 / 255,
      input: 'x',
      output: 'y',
      classes: ['a', 'b'],
    });
  });

  it('treats a rank-2 input as tabular and keeps the data feature order', () => {
    const p = resolvePreprocessing(model(['N', 3]), {}, { classes: ['x'], featureNames: ['c', 'a', 'b'] });
    expect(p).toEqual({ kind: 'tabular', features: ['c', 'a', 'b'], classes: ['x'], input: 'x', output: 'y' });
  });

  it('keeps explicit choices (class order, color, scale, mean/std)', () => {
    const p = resolvePreprocessing(
      model(['N', 3, 4, 4]),
      { classes: ['b', 'a'], color: 'grayscale', scale: 1, mean: [0.5], std: [2] },
      data,
    );
    expect(p).toMatchObject({ classes: ['b', 'a'], color: 'grayscale', scale: 1, mean: [0.5], std: [2] });
  });

  it.each([
    [['N', 3, 'H', 'W'], {}, /no fixed image size/],
    [['N', 5, 8, 8], {}, /cannot tell NCHW from NHWC/],
    [['N', 3, 8, 8], { width: 16, height: 16 }, /does not fit/],
    [['N', 3, 8, 8], { input: 'nope' }, /no input named 'nope'/],
  ] as const)('rejects %j %j', (shape, opts, msg) => {
    expect(() => resolvePreprocessing(model([...shape]), opts, data)).toThrow(msg);
  });

  it('takes the size from the options when the model has symbolic H, W', () => {
    expect(resolvePreprocessing(model(['N', 3, 'H', 'W']), { width: 10, height: 6 }, data)).toMatchObject({
      width: 10,
      height: 6,
    });
  });
});

const rgba = (w: number, h: number, px: [number, number, number][]): DecodedImage => ({
  width: w,
  height: h,
  channels: 4,
  data: Uint8Array.from(px.flatMap(([r, g, b]) => [r, g, b, 255])),
});

describe('imageToTensor', () => {
  const plan = (shape: (number | string)[], opts = {}) => {
    const p = resolvePreprocessing(model(shape), opts, data);
    return { plan: imagePlan(p, shape), gray: p.color === 'grayscale' };
  };
  const img = rgba(2, 1, [
    [255, 0, 0],
    [10, 20, 30],
  ]);

  it('writes NCHW planes and NHWC pixels', () => {
    const a = plan(['N', 3, 1, 2], { scale: 1 });
    const nchw = new Float32Array(6);
    imageToTensor(img, a.plan, a.gray, nchw, 0);
    expect(Array.from(nchw)).toEqual([255, 10, 0, 20, 0, 30]);
    // [N, 1, 2, 3] alone would read as NCHW (channel dim 1 at position 1 wins); say NHWC.
    const b = plan(['N', 1, 2, 3], { scale: 1, tensorLayout: 'NHWC' });
    const nhwc = new Float32Array(6);
    imageToTensor(img, b.plan, b.gray, nhwc, 0);
    expect(Array.from(nhwc)).toEqual([255, 0, 0, 10, 20, 30]);
  });

  it('gives a 1-channel model BT.601 luma of an RGB image', () => {
    const a = plan(['N', 1, 1, 2], { scale: 1 });
    const out = new Float32Array(2);
    imageToTensor(img, a.plan, a.gray, out, 0);
    expect(Array.from(out)).toEqual([Math.fround(0.299 * 255), Math.fround(0.299 * 10 + 0.587 * 20 + 0.114 * 30)]);
  });

  it('gives a 3-channel model three equal channels from a grayscale image', () => {
    const gray: DecodedImage = { width: 2, height: 1, channels: 1, data: Uint8Array.from([51, 102]) };
    const a = plan(['N', 3, 1, 2]);
    const out = new Float32Array(6);
    imageToTensor(gray, a.plan, a.gray, out, 0);
    expect(Array.from(out)).toEqual([0.2, 0.4, 0.2, 0.4, 0.2, 0.4].map(Math.fround));
  });

  it('applies scale, then (x − mean) / std per channel', () => {
    const a = plan(['N', 3, 1, 1], { scale: 1 / 255, mean: [0.5, 0, 1], std: [0.5, 1, 2] });
    const out = new Float32Array(3);
    imageToTensor(rgba(1, 1, [[255, 51, 0]]), a.plan, a.gray, out, 0);
    expect(Array.from(out)).toEqual([(1 - 0.5) / 0.5, 51 / 255, (0 - 1) / 2].map(Math.fround));
  });

  it('resizes bilinearly with half-pixel centers', () => {
    // 2×1 → 4×1: sample x at (x + 0.5)·0.5 − 0.5 = −0.25, 0.25, 0.75, 1.25 → clamped 0, 0.25, 0.75, 1
    const a = plan(['N', 1, 1, 4], { scale: 1 });
    const out = new Float32Array(4);
    imageToTensor({ width: 2, height: 1, channels: 1, data: Uint8Array.from([0, 100]) }, a.plan, a.gray, out, 0);
    expect(Array.from(out)).toEqual([0, 25, 75, 100]);
  });
});
