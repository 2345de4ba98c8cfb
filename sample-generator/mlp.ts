/**
 * A tiny multi-layer perceptron in plain TypeScript: dense layers with ReLU between them and
 * raw logits out. Softmax regression is the zero-hidden-layer case.
 *
 * Weights are stored input-major (`weight[i * outputs + j]`), which is exactly ONNX Gemm's
 * B operand with transB = 0, and lets the forward pass skip zero inputs: most pixels of a
 * digit are black, and after a ReLU about half the hidden units are zero.
 */

export interface DenseLayer {
  inputs: number;
  outputs: number;
  /** [inputs × outputs], input-major. */
  weight: Float32Array;
  bias: Float32Array;
}

/** Float32 parameters, exactly what is written to the ONNX file. */
export interface Mlp {
  layers: DenseLayer[];
}

/** Layer widths, e.g. [784, 10] (softmax regression) or [784, 128, 10]. */
export function parameterCount(widths: readonly number[]): number {
  let n = 0;
  for (let l = 0; l + 1 < widths.length; l++) {
    const a = widths[l] ?? 0;
    const b = widths[l + 1] ?? 0;
    n += a * b + b;
  }
  return n;
}

/**
 * One dense layer: out[j] = bias[j] + Σ_i in[i] · w[i·O + j], skipping zero inputs.
 * Accumulates in float64; callers round to float32 only where ONNX would store a tensor.
 */
export function denseForward(
  input: ArrayLike<number>,
  inputs: number,
  outputs: number,
  weight: ArrayLike<number>,
  bias: ArrayLike<number>,
  out: Float64Array,
): void {
  for (let j = 0; j < outputs; j++) out[j] = bias[j] ?? 0;
  for (let i = 0; i < inputs; i++) {
    const x = input[i] ?? 0;
    if (x === 0) continue;
    const row = i * outputs;
    for (let j = 0; j < outputs; j++) out[j] = (out[j] ?? 0) + x * (weight[row + j] ?? 0);
  }
}

/**
 * Logits of one input (length 784, already scaled to [0, 1]). Intermediate activations are
 * rounded to float32, like onnxruntime's float kernels, so the two agree to ~1e-6.
 */
export function forward(model: Mlp, input: ArrayLike<number>): Float64Array {
  let act: ArrayLike<number> = input;
  let out = new Float64Array(0);
  model.layers.forEach((layer, l) => {
    out = new Float64Array(layer.outputs);
    denseForward(act, layer.inputs, layer.outputs, layer.weight, layer.bias, out);
    if (l + 1 < model.layers.length) {
      const next = new Float32Array(layer.outputs);
      for (let j = 0; j < layer.outputs; j++) next[j] = Math.max(0, out[j] ?? 0);
      act = next;
    }
  });
  return out;
}

/** Index of the largest logit (first one on ties). */
export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if ((values[i] ?? 0) > (values[best] ?? 0)) best = i;
  return best;
}
