/**
 * Preprocessing: defaults from the model's input shape and the pure pixel →
 * tensor transform the decode workers run.
 *
 * Order of operations, fixed so a saved run is reproducible: color conversion (BT.601 luma
 * for grayscale, replication for gray → RGB, alpha dropped) → bilinear resize with
 * half-pixel centers (align_corners = false, no antialiasing) → x·scale → (x − mean[c]) /
 * std[c] → NCHW or NHWC layout.
 */
import { GapboardError } from '../project/errors.js';
import type { Preprocessing, TensorInfo } from '../../../shared/schema.js';

export type PreprocessingOptions = Partial<Preprocessing>;

/** What a worker needs to turn pixels into one sample's floats. */
export interface ImagePlan {
  width: number;
  height: number;
  channels: 1 | 3;
  layout: 'NCHW' | 'NHWC';
  scale: number;
  mean: number[];
  std: number[];
}

export interface DecodedImage {
  data: Uint8Array;
  width: number;
  height: number;
  channels: number;
}

const isNum = (d: number | string | undefined): d is number => typeof d === 'number';

function pickTensor(list: TensorInfo[], name: string | undefined, what: string, model: string): TensorInfo {
  const t = name === undefined ? list[0] : list.find((x) => x.name === name);
  if (!t) {
    const names = list.map((x) => x.name).join(', ');
    throw new GapboardError('BAD_ARGUMENT', `${model} has no ${what} named '${name}' (${what}s: ${names || 'none'})`);
  }
  return t;
}

/**
 * Fills every preprocessing default from the model's input shape and the data's classes.
 * Rank 2 → tabular; rank 4 → image with the channel dim (1 or 3) at position 1 (NCHW) or
 * last (NHWC); rank 3 → single-channel image without a channel dim.
 */
export function resolvePreprocessing(
  model: { inputs: TensorInfo[]; outputs: TensorInfo[]; label: string },
  opts: PreprocessingOptions,
  data: { classes: string[]; featureNames?: string[] },
): Preprocessing {
  const input = pickTensor(model.inputs, opts.input, 'input', model.label);
  const output = pickTensor(model.outputs, opts.output, 'output', model.label);
  const shape = input.shape;
  const base = { classes: opts.classes ?? data.classes, input: input.name, output: output.name };
  if (shape.length === 2 || opts.kind === 'tabular') {
    const features = opts.features ?? data.featureNames;
    return { kind: 'tabular', ...(features ? { features } : {}), ...base };
  }
  let layout = opts.tensorLayout;
  let channels: number | string | undefined;
  let h: number | string | undefined;
  let w: number | string | undefined;
  if (shape.length === 3) {
    [, h, w] = shape;
    channels = 1;
    layout ??= 'NHWC';
  } else if (shape.length === 4) {
    const c1 = shape[1];
    const c3 = shape[3];
    if (!layout) {
      if (c1 === 1 || c1 === 3) layout = 'NCHW';
      else if (c3 === 1 || c3 === 3) layout = 'NHWC';
      else {
        throw new GapboardError(
          'BAD_ARGUMENT',
          `${model.label}: cannot tell NCHW from NHWC for input '${input.name}' [${shape.join(', ')}]; set the tensor layout`,
        );
      }
    }
    [channels, h, w] = layout === 'NCHW' ? [shape[1], shape[2], shape[3]] : [shape[3], shape[1], shape[2]];
  } else {
    throw new GapboardError(
      'BAD_MODEL',
      `${model.label}: input '${input.name}' has rank ${shape.length} [${shape.join(', ')}]; expected [N, features] or an image tensor`,
    );
  }
  if (isNum(channels) && channels !== 1 && channels !== 3) {
    throw new GapboardError(
      'BAD_MODEL',
      `${model.label}: input '${input.name}' has ${channels} channels; only 1 (grayscale) or 3 (RGB) are supported`,
    );
  }
  const height = opts.height ?? (isNum(h) ? h : undefined);
  const width = opts.width ?? (isNum(w) ? w : undefined);
  if (height === undefined || width === undefined) {
    throw new GapboardError(
      'BAD_ARGUMENT',
      `${model.label}: input '${input.name}' [${shape.join(', ')}] has no fixed image size; give one (e.g. --size 224x224)`,
    );
  }
  if ((isNum(h) && h !== height) || (isNum(w) && w !== width)) {
    throw new GapboardError(
      'BAD_ARGUMENT',
      `${model.label}: size ${height}x${width} does not fit input '${input.name}' [${shape.join(', ')}]`,
    );
  }
  if (channels === 1 && opts.color === 'rgb') {
    // Feeding one channel of an RGB image (or averaging it silently) would evaluate something
    // other than what the run records, so the setting is refused instead.
    throw new GapboardError(
      'BAD_ARGUMENT',
      `${model.label}: input '${input.name}' [${shape.join(', ')}] takes 1 channel, so color 'rgb' cannot feed it; use grayscale (images are converted to luma)`,
    );
  }
  const nch = isNum(channels) ? channels : opts.color === 'grayscale' ? 1 : 3;
  return {
    kind: 'image',
    width,
    height,
    color: opts.color ?? (nch === 1 ? 'grayscale' : 'rgb'),
    scale: opts.scale ?? 1 / 255,
    ...(opts.mean ? { mean: opts.mean } : {}),
    ...(opts.std ? { std: opts.std } : {}),
    tensorLayout: layout,
    ...base,
  };
}

/** The channel count a resolved preprocessing feeds the model. */
export function imagePlan(p: Preprocessing, modelShape: (number | string)[]): ImagePlan {
  const layout = p.tensorLayout ?? 'NCHW';
  const cdim = modelShape.length === 3 ? 1 : layout === 'NCHW' ? modelShape[1] : modelShape[3];
  const channels = (isNum(cdim) ? cdim : p.color === 'grayscale' ? 1 : 3) as 1 | 3;
  const expand = (v: number[] | undefined, fill: number, what: string): number[] => {
    if (!v || v.length === 0) return new Array<number>(channels).fill(fill);
    if (v.length === 1) return new Array<number>(channels).fill(v[0] as number);
    if (v.length !== channels)
      throw new GapboardError('BAD_ARGUMENT', `${what} has ${v.length} values; the model takes ${channels} channels`);
    return v;
  };
  const std = expand(p.std, 1, 'std');
  if (std.some((s) => s === 0)) throw new GapboardError('BAD_ARGUMENT', 'std must not contain 0');
  return {
    width: p.width as number,
    height: p.height as number,
    channels,
    layout,
    scale: p.scale ?? 1 / 255,
    mean: expand(p.mean, 0, 'mean'),
    std,
  };
}

/** No image above this many pixels is decoded by default (a 50 MP RGBA image is 200 MB). */
export const MAX_PIXELS_CEILING = 50_000_000;
/** ...and the default never refuses an ordinary photo (phones take 12 MP). */
const MAX_PIXELS_FLOOR = 16_000_000;

/**
 * The default pixel cap: a few times the model's input area, kept between 16 MP and 50 MP.
 * A file that claims more (a decompression bomb is a small file claiming 16000×16000) is
 * refused from its header, before decoding, so peak memory stays bounded.
 */
export function defaultMaxPixels(plan: { width: number; height: number }): number {
  return Math.min(MAX_PIXELS_CEILING, Math.max(MAX_PIXELS_FLOOR, 4 * plan.width * plan.height));
}

/** Pixel value of channel `c` (0..channels−1 of the plan) at source pixel `i`. */
function sourceChannel(img: DecodedImage, i: number, c: number, gray: boolean): number {
  const d = img.data;
  const base = i * img.channels;
  if (img.channels <= 2) return d[base] as number;
  const r = d[base] as number;
  const g = d[base + 1] as number;
  const b = d[base + 2] as number;
  if (!gray) return c === 0 ? r : c === 1 ? g : b;
  // Exact for gray pixels stored as RGB, so a gray PNG gives the same tensor either way.
  if (r === g && g === b) return r;
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

/**
 * Writes one image's tensor into `out` at `offset` (plan.channels × height × width floats).
 * `gray` = convert to luma (the 'grayscale' color setting), replicated when the model takes 3.
 */
export function imageToTensor(
  img: DecodedImage,
  plan: ImagePlan,
  gray: boolean,
  out: Float32Array,
  offset: number,
): void {
  const { width: W, height: H, channels: C } = plan;
  const sx = img.width / W;
  const sy = img.height / H;
  const plane = W * H;
  for (let y = 0; y < H; y++) {
    const fy = Math.min(Math.max((y + 0.5) * sy - 0.5, 0), img.height - 1);
    const y0 = Math.floor(fy);
    const y1 = Math.min(y0 + 1, img.height - 1);
    const wy = fy - y0;
    for (let x = 0; x < W; x++) {
      const fx = Math.min(Math.max((x + 0.5) * sx - 0.5, 0), img.width - 1);
      const x0 = Math.floor(fx);
      const x1 = Math.min(x0 + 1, img.width - 1);
      const wx = fx - x0;
      for (let c = 0; c < C; c++) {
        const sc = gray ? 0 : c;
        const a = sourceChannel(img, y0 * img.width + x0, sc, gray);
        let v = a;
        // Same-size images skip interpolation entirely, keeping pixel values exact.
        if (wx !== 0 || wy !== 0) {
          const b = sourceChannel(img, y0 * img.width + x1, sc, gray);
          const cc = sourceChannel(img, y1 * img.width + x0, sc, gray);
          const d = sourceChannel(img, y1 * img.width + x1, sc, gray);
          v = (a * (1 - wx) + b * wx) * (1 - wy) + (cc * (1 - wx) + d * wx) * wy;
        }
        const norm = (v * plan.scale - (plan.mean[c] as number)) / (plan.std[c] as number);
        const idx = plan.layout === 'NCHW' ? c * plane + y * W + x : (y * W + x) * C + c;
        out[offset + idx] = norm;
      }
    }
  }
}
