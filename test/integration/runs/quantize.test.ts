/**
 * The int8 weight quantizer on tiny models whose dequantized weights are worked out by hand,
 * run in real onnxruntime; the graphs it must refuse, with the reason it gives.
 */
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { diffModels } from '../../../main/core/models/model-diff.js';
import { modelFacts } from '../../../main/core/models/inspect.js';
import { quantizeModel, type QuantizedWeight } from '../../../main/core/models/quantize.js';
import type { Model } from '../../../shared/schema.js';
import { float, writeOnnxModel, type ModelSpec } from '../../helpers/onnx-builder.js';

// W = [[1, 0.5], [-0.25, 2]]. Per column: scale₀ = 1/127, scale₁ = 2/127.
// q = round(w / scale): [[127, round(31.75) = 32], [round(-31.75) = -32, 127]].
// Dequantized: [[1, 64/127], [-32/127, 2]]; for x = [1, 1]: y = [1 - 32/127, 64/127 + 2].
// With MatMulInteger x is quantized too: range [0, 1] → scale 1/255, zero point 0, x_q = 255,
// which restores x = 1 exactly, so both forms give the same hand-computed output.
const W = [1, 0.5, -0.25, 2];
const EXPECTED = [1 - 32 / 127, 64 / 127 + 2];

function matmulSpec(op: 'MatMul' | 'Gemm', opset = 13, over: Partial<ModelSpec> = {}): ModelSpec {
  return {
    inputs: [{ name: 'x', shape: [1, 2] }],
    outputs: [{ name: 'y', shape: [1, 2] }],
    nodes: [{ op, inputs: ['x', 'W'], outputs: ['y'], name: 'fc' }],
    initializers: [{ name: 'W', dims: [2, 2], data: W }],
    opset,
    ...over,
  };
}

async function run(bytes: Uint8Array, x = [1, 1]): Promise<number[]> {
  const s = await ort.InferenceSession.create(bytes);
  const out = await s.run({ x: new ort.Tensor('float32', Float32Array.from(x), [1, 2]) });
  await s.release();
  return Array.from(out.y!.data as Float32Array);
}

describe('quantizing MatMul / Gemm weights to int8', () => {
  it.each(['MatMul', 'Gemm'] as const)(
    '%s → MatMulInteger with per-column scales: the hand-computed output',
    async (op) => {
      const r = quantizeModel(writeOnnxModel(matmulSpec(op)), 'm.onnx');
      const [{ maxAbsError, ...q }] = r.quantized as [QuantizedWeight];
      expect(r.quantized).toHaveLength(1);
      expect(q).toEqual({
        node: 'fc',
        op,
        weight: 'W',
        dims: [2, 2],
        method: 'MatMulInteger',
        scheme: 'per-channel',
        floatBytes: 16,
        int8Bytes: 14,
      });
      // The worst rounding is 0.5 → 64/127 (column 1).
      expect(maxAbsError).toBeCloseTo(Math.abs(0.5 - 64 / 127), 6);
      const y = await run(r.bytes);
      y.forEach((v, i) => expect(v).toBeCloseTo(EXPECTED[i]!, 6));
      expect(modelFacts(r.bytes, 'q').operators).toEqual({
        Cast: 1,
        DynamicQuantizeLinear: 1,
        MatMulInteger: 1,
        Mul: 2,
      });
    },
  );

  it('Gemm with transB scales per row of B (its output channels)', async () => {
    // B stored transposed: [[1, -0.25], [0.5, 2]]; rows are the output channels, same answer.
    const spec = matmulSpec('Gemm', 13, {
      nodes: [{ op: 'Gemm', inputs: ['x', 'W'], outputs: ['y'], attrs: { transB: 1 }, name: 'fc' }],
      initializers: [{ name: 'W', dims: [2, 2], data: [1, -0.25, 0.5, 2] }],
    });
    const y = await run(quantizeModel(writeOnnxModel(spec), 'm.onnx').bytes);
    y.forEach((v, i) => expect(v).toBeCloseTo(EXPECTED[i]!, 6));
  });

  it('opset 10 (no DynamicQuantizeLinear): DequantizeLinear with one scale for the whole matrix', async () => {
    // q = round(w · 127/2) = [64, 32, -16, 127] → [128, 64, -32, 254] / 127.
    const r = quantizeModel(writeOnnxModel(matmulSpec('MatMul', 10)), 'm.onnx');
    expect(r.quantized[0]).toMatchObject({ method: 'DequantizeLinear', scheme: 'per-tensor' });
    const y = await run(r.bytes);
    expect(y[0]).toBeCloseTo((128 - 32) / 127, 6);
    expect(y[1]).toBeCloseTo((64 + 254) / 127, 6);
  });

  it('a weight two MatMuls share is dequantized once, per column at opset 13', async () => {
    const spec = matmulSpec('MatMul', 13, {
      outputs: [{ name: 'y', shape: [1, 2] }],
      nodes: [
        { op: 'MatMul', inputs: ['x', 'W'], outputs: ['h'], name: 'fc' },
        { op: 'MatMul', inputs: ['x', 'W'], outputs: ['g'], name: 'fc2' },
        { op: 'Add', inputs: ['h', 'g'], outputs: ['y'], name: 'sum' },
      ],
    });
    const r = quantizeModel(writeOnnxModel(spec), 'm.onnx');
    expect(r.quantized.map((q) => [q.node, q.method, q.scheme])).toEqual([['fc', 'DequantizeLinear', 'per-channel']]);
    const y = await run(r.bytes);
    y.forEach((v, i) => expect(v).toBeCloseTo(2 * EXPECTED[i]!, 6));
  });

  it('Gemm alpha folds into the scales and the bias is added after', async () => {
    const spec = matmulSpec('Gemm', 13, {
      nodes: [{ op: 'Gemm', inputs: ['x', 'W', 'b'], outputs: ['y'], attrs: { alpha: float(2) }, name: 'fc' }],
      initializers: [
        { name: 'W', dims: [2, 2], data: W },
        { name: 'b', dims: [2], data: [10, 20] },
      ],
    });
    const r = quantizeModel(writeOnnxModel(spec), 'm.onnx');
    expect(r.quantized[0]!.method).toBe('MatMulInteger');
    const y = await run(r.bytes);
    y.forEach((v, i) => expect(v).toBeCloseTo(2 * EXPECTED[i]! + [10, 20][i]!, 5));
  });

  it('refuses an opset without DequantizeLinear, naming it', () => {
    expect(() => quantizeModel(writeOnnxModel(matmulSpec('MatMul', 9)), 'old.onnx')).toThrow(
      /old\.onnx uses ONNX opset 9; int8 weights need DequantizeLinear \(opset 10 or later\)/,
    );
  });

  it('refuses a graph with nothing to quantize, saying why for each weight', () => {
    const computed = matmulSpec('MatMul', 13, {
      inputs: [
        { name: 'x', shape: [1, 2] },
        { name: 'W', shape: [2, 2] },
      ],
      initializers: [],
    });
    expect(() => quantizeModel(writeOnnxModel(computed), 'dyn.onnx')).toThrow(
      /Nothing in dyn\.onnx can be quantized: fc \(W\): the weight is computed by the graph/,
    );
    const relu = matmulSpec('MatMul', 13, { nodes: [{ op: 'Relu', inputs: ['x'], outputs: ['y'] }], initializers: [] });
    expect(() => quantizeModel(writeOnnxModel(relu), 'relu.onnx')).toThrow(/the graph has no MatMul or Gemm node/);
  });

  it('leaves a weight that another op also reads as float, and says so', () => {
    const spec = matmulSpec('MatMul', 13, {
      inputs: [{ name: 'x', shape: [1, 2] }],
      outputs: [{ name: 'y', shape: [1, 2] }],
      nodes: [
        { op: 'MatMul', inputs: ['x', 'W'], outputs: ['h'], name: 'fc' },
        { op: 'MatMul', inputs: ['h', 'V'], outputs: ['z'], name: 'fc2' },
        { op: 'Add', inputs: ['z', 'V2'], outputs: ['y'], name: 'add' },
      ],
      initializers: [
        { name: 'W', dims: [2, 2], data: W },
        { name: 'V', dims: [2, 2], data: [1, 0, 0, 1] },
        { name: 'V2', dims: [1, 2], data: [0, 0] },
      ],
    });
    spec.nodes[2]!.inputs = ['z', 'V'];
    const r = quantizeModel(writeOnnxModel(spec), 'm.onnx');
    expect(r.quantized.map((q) => q.weight)).toEqual(['W']);
    expect(r.skipped).toEqual([
      { node: 'fc2', weight: 'V', reason: 'the weight also feeds Add, which would change too' },
    ]);
  });
});

describe('model diff', () => {
  it('lists size, parameter, operator and metadata changes of b against a', () => {
    const bytes = writeOnnxModel(matmulSpec('MatMul', 13, { metadata: { author: 'x', stage: 'float' } }));
    const q = quantizeModel(bytes, 'm.onnx').bytes;
    const asModel = (b: Uint8Array, id: string, over: Partial<Model> = {}): Model => {
      const { irVersion: _ir, ...f } = modelFacts(b, id);
      return { id, name: id, path: `${id}.onnx`, addedAt: '', ...f, ...over };
    };
    const a = asModel(bytes, 'M-1');
    const b = asModel(q, 'M-2', {
      metadata: { author: 'x', quantized: 'int8' },
      variantOf: { model: 'M-1', kind: 'quantized', note: '' },
    });
    const d = diffModels(a, b);
    // 4 float weights → 4 int8 + 2 scales + 2 zero points.
    expect(d.params).toEqual({ key: 'params', a: 4, b: 8, delta: 4 });
    // MatMul → DynamicQuantizeLinear, MatMulInteger, Cast and two Muls.
    expect(d.size.delta).toBe(q.length - bytes.length);
    expect(d.operators).toEqual([
      { key: 'Cast', a: 0, b: 1, delta: 1 },
      { key: 'DynamicQuantizeLinear', a: 0, b: 1, delta: 1 },
      { key: 'MatMul', a: 1, b: 0, delta: -1 },
      { key: 'MatMulInteger', a: 0, b: 1, delta: 1 },
      { key: 'Mul', a: 0, b: 2, delta: 2 },
    ]);
    expect(d.metadata).toEqual([
      { key: 'quantized', a: null, b: 'int8' },
      { key: 'stage', a: 'float', b: null },
    ]);
    expect(d.inputs).toEqual([{ name: 'x', a: 'float32 [1, 2]', b: 'float32 [1, 2]', same: true }]);
    expect(d.opset).toEqual([{ key: 'ai.onnx', a: '13', b: '13' }]);
    expect(d.relation).toBe('M-2 is a quantized variant of M-1');
  });
});
