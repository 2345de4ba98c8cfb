/**
 * Deterministic training of the sample models: seeded He initialisation, mini-batch Adam
 * with a cosine learning-rate schedule, softmax cross-entropy. Plain float64 arithmetic in a
 * fixed order, so the same seed gives the same bits on every run; the result is rounded to
 * float32 once, at the end.
 */
import { DIGIT_PIXELS } from './digits.js';
import type { Mlp } from './mlp.js';
import { createRng, type Rng } from './prng.js';

export interface TrainSample {
  pixels: Uint8Array;
  label: number;
}

export interface TrainOptions {
  /** Layer widths, first 784 and last 10. */
  widths: number[];
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** Decoupled (AdamW) weight decay. */
  weightDecay: number;
  seed: number;
  /** Name of the PRNG streams, so two models never share one. */
  stream: string;
  /** Optional per-sample, per-epoch augmentation (returns new pixels). */
  augment?: (pixels: Uint8Array, rng: Rng) => Uint8Array;
}

interface Param {
  value: Float64Array;
  grad: Float64Array;
  m: Float64Array;
  v: Float64Array;
}

function param(size: number): Param {
  return {
    value: new Float64Array(size),
    grad: new Float64Array(size),
    m: new Float64Array(size),
    v: new Float64Array(size),
  };
}

/** Monomorphic float64 copy of `denseForward` for the training hot loop. */
function dense64(
  input: Float64Array,
  inputs: number,
  outputs: number,
  weight: Float64Array,
  bias: Float64Array,
  out: Float64Array,
): void {
  out.set(bias);
  for (let i = 0; i < inputs; i++) {
    const x = input[i] as number;
    if (x === 0) continue;
    const row = i * outputs;
    for (let j = 0; j < outputs; j++) out[j] = (out[j] as number) + x * (weight[row + j] as number);
  }
}

/** Trains an MLP (or softmax regression for widths [784, 10]) and returns float32 weights. */
export function trainMlp(samples: readonly TrainSample[], opts: TrainOptions): Mlp {
  const { widths } = opts;
  const nLayers = widths.length - 1;
  const initRng = createRng(opts.seed, `${opts.stream}:init`);
  const orderRng = createRng(opts.seed, `${opts.stream}:order`);
  const augRng = createRng(opts.seed, `${opts.stream}:augment`);

  const weights: Param[] = [];
  const biases: Param[] = [];
  for (let l = 0; l < nLayers; l++) {
    const fanIn = widths[l] ?? 1;
    const fanOut = widths[l + 1] ?? 1;
    const w = param(fanIn * fanOut);
    // He init for layers feeding a ReLU; softmax regression starts at zero (convex anyway).
    const scale = nLayers === 1 ? 0 : Math.sqrt(2 / fanIn);
    for (let i = 0; i < w.value.length; i++) w.value[i] = initRng.normal() * scale;
    weights.push(w);
    biases.push(param(fanOut));
  }

  // Activations: acts[0] is the input, acts[l] the ReLU output of layer l−1.
  const acts = widths.map((n) => new Float64Array(n));
  const pre = widths.map((n) => new Float64Array(n));
  const deltas = widths.map((n) => new Float64Array(n));
  const beta1 = 0.9;
  const beta2 = 0.999;
  const eps = 1e-8;
  let step = 0;
  const totalSteps = opts.epochs * Math.ceil(samples.length / opts.batchSize);

  const indices = samples.map((_, i) => i);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const order = orderRng.shuffle(indices);
    for (let start = 0; start < order.length; start += opts.batchSize) {
      const batch = order.slice(start, start + opts.batchSize);
      for (const p of [...weights, ...biases]) p.grad.fill(0);
      for (const idx of batch) {
        const s = samples[idx] as TrainSample;
        const pixels = opts.augment ? opts.augment(s.pixels, augRng) : s.pixels;
        accumulate(pixels, s.label);
      }
      step++;
      const lr = opts.learningRate * 0.5 * (1 + Math.cos((Math.PI * (step - 1)) / Math.max(1, totalSteps)));
      const inv = 1 / batch.length;
      const c1 = 1 - Math.exp(step * Math.log(beta1));
      const c2 = 1 - Math.exp(step * Math.log(beta2));
      for (let l = 0; l < nLayers; l++) {
        adam(weights[l] as Param, lr, inv, c1, c2, opts.weightDecay);
        adam(biases[l] as Param, lr, inv, c1, c2, 0);
      }
    }
  }

  function adam(p: Param, lr: number, inv: number, c1: number, c2: number, wd: number): void {
    const { value, grad, m, v } = p;
    for (let i = 0; i < value.length; i++) {
      const g = (grad[i] as number) * inv;
      const mi = beta1 * (m[i] as number) + (1 - beta1) * g;
      const vi = beta2 * (v[i] as number) + (1 - beta2) * g * g;
      m[i] = mi;
      v[i] = vi;
      value[i] = (value[i] as number) * (1 - lr * wd) - (lr * (mi / c1)) / (Math.sqrt(vi / c2) + eps);
    }
  }

  function accumulate(pixels: Uint8Array, label: number): void {
    const input = acts[0] as Float64Array;
    for (let i = 0; i < DIGIT_PIXELS; i++) input[i] = (pixels[i] as number) / 255;
    for (let l = 0; l < nLayers; l++) {
      const out = pre[l + 1] as Float64Array;
      const w = weights[l] as Param;
      const b = biases[l] as Param;
      dense64(acts[l] as Float64Array, widths[l] ?? 0, widths[l + 1] ?? 0, w.value, b.value, out);
      const a = acts[l + 1] as Float64Array;
      if (l + 1 < nLayers) for (let j = 0; j < out.length; j++) a[j] = Math.max(0, out[j] as number);
      else a.set(out);
    }
    // Softmax cross-entropy gradient: p − onehot.
    const logits = acts[nLayers] as Float64Array;
    const top = deltas[nLayers] as Float64Array;
    let max = -Infinity;
    for (let j = 0; j < logits.length; j++) max = Math.max(max, logits[j] as number);
    let sum = 0;
    for (let j = 0; j < logits.length; j++) {
      const e = Math.exp((logits[j] as number) - max);
      top[j] = e;
      sum += e;
    }
    for (let j = 0; j < logits.length; j++) top[j] = (top[j] as number) / sum - (j === label ? 1 : 0);

    for (let l = nLayers - 1; l >= 0; l--) {
      const inN = widths[l] ?? 0;
      const outN = widths[l + 1] ?? 0;
      const a = acts[l] as Float64Array;
      const d = deltas[l + 1] as Float64Array;
      const w = weights[l] as Param;
      const gb = (biases[l] as Param).grad;
      for (let j = 0; j < outN; j++) gb[j] = (gb[j] as number) + (d[j] as number);
      const prev = deltas[l] as Float64Array;
      const needPrev = l > 0;
      const z = pre[l] as Float64Array;
      for (let i = 0; i < inN; i++) {
        const x = a[i] as number;
        const row = i * outN;
        if (x !== 0) {
          const gw = w.grad;
          for (let j = 0; j < outN; j++) gw[row + j] = (gw[row + j] as number) + x * (d[j] as number);
        }
        if (needPrev) {
          if ((z[i] as number) <= 0) {
            prev[i] = 0;
            continue;
          }
          let s = 0;
          for (let j = 0; j < outN; j++) s += (w.value[row + j] as number) * (d[j] as number);
          prev[i] = s;
        }
      }
    }
  }

  return {
    layers: weights.map((w, l) => ({
      inputs: widths[l] ?? 0,
      outputs: widths[l + 1] ?? 0,
      weight: Float32Array.from(w.value),
      bias: Float32Array.from((biases[l] as Param).value),
    })),
  };
}
