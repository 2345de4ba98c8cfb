/**
 * Dynamic int8 quantization of an ONNX model, done on the protobuf itself (no Python, no
 * converter): every float weight matrix that feeds a MatMul or Gemm as its second input is
 * stored as int8 with one float scale per output column. Where the graph allows (opset ≥ 11),
 * the node becomes DynamicQuantizeLinear → MatMulInteger → rescale, so activations are
 * quantized per call and the product runs in integers, as onnxruntime's own dynamic
 * quantization does; elsewhere a DequantizeLinear node restores the float weight when the model
 * runs. No calibration data is needed, and the quantized matrices shrink about 4×.
 */
import type { onnx as proto } from 'onnx-proto';
import type { QuantizedWeight, SkippedWeight } from '../../../shared/optimization-views.js';
import { GapboardError } from '../project/errors.js';

export type { QuantizedWeight, SkippedWeight };
import { decodeModel } from './inspect.js';
import { onnx, toNumber } from './onnx-proto.js';

export interface QuantizeResult {
  bytes: Buffer;
  quantized: QuantizedWeight[];
  skipped: SkippedWeight[];
}

const FLOAT = 1;
const INT8 = 3;

function defaultOpset(model: proto.IModelProto): number {
  const imp = (model.opsetImport ?? []).find((o) => !o.domain || o.domain === 'ai.onnx');
  return imp ? toNumber(imp.version) : 0;
}

function floatValues(t: proto.ITensorProto): Float32Array {
  const count = (t.dims ?? []).reduce<number>((a, d) => a * toNumber(d), 1);
  if (t.rawData && t.rawData.length > 0) {
    const raw = t.rawData;
    const copy = new Uint8Array(raw.length);
    copy.set(raw);
    return new Float32Array(copy.buffer, 0, count);
  }
  return Float32Array.from(t.floatData ?? []);
}

/** Symmetric int8: scale = max|w| / 127 per group, zero point 0, values in [−127, 127]. */
function quantizeMatrix(
  w: Float32Array,
  rows: number,
  cols: number,
  axis: 0 | 1 | null,
): { q: Int8Array; scales: Float32Array; maxAbsError: number } {
  const groups = axis === null ? 1 : axis === 0 ? rows : cols;
  const group = (r: number, c: number) => (axis === null ? 0 : axis === 0 ? r : c);
  const maxAbs = new Float32Array(groups);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const g = group(r, c);
      maxAbs[g] = Math.max(maxAbs[g]!, Math.abs(w[r * cols + c]!));
    }
  // An all-zero group gets scale 1 so dequantization stays exact (0 · 1 = 0).
  const scales = Float32Array.from(maxAbs, (m) => (m > 0 ? m / 127 : 1));
  const q = new Int8Array(rows * cols);
  let maxAbsError = 0;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const s = scales[group(r, c)]!;
      const v = Math.max(-127, Math.min(127, Math.round(w[i]! / s)));
      q[i] = v;
      maxAbsError = Math.max(maxAbsError, Math.abs(w[i]! - Math.fround(v * s)));
    }
  return { q, scales, maxAbsError };
}

function transpose(m: Int8Array, rows: number, cols: number): Int8Array {
  const out = new Int8Array(m.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = m[r * cols + c]!;
  return out;
}

/**
 * Dynamic int8 for one MatMul / Gemm: the activation is quantized per call
 * (DynamicQuantizeLinear, uint8), multiplied with the int8 weight in integers (MatMulInteger),
 * and scaled back to float by activation scale × weight column scale; Gemm's bias is added after.
 */
function integerMatMul(n: proto.INodeProto, p: string): proto.INodeProto[] {
  const [a, , c] = n.input ?? [];
  const node = (opType: string, input: string[], output: string[], attribute: proto.IAttributeProto[] = []) =>
    onnx.NodeProto.create({ name: `${p}_${opType}_${output[0]}`, opType, input, output, attribute });
  const out = n.output ?? [];
  const scaled = c ? `${p}_scaled` : out[0]!;
  return [
    node('DynamicQuantizeLinear', [a!], [`${p}_x`, `${p}_x_scale`, `${p}_x_zero_point`]),
    node('MatMulInteger', [`${p}_x`, `${p}_weight`, `${p}_x_zero_point`, `${p}_zero_point`], [`${p}_int32`]),
    node(
      'Cast',
      [`${p}_int32`],
      [`${p}_float`],
      [{ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: FLOAT }],
    ),
    node('Mul', [`${p}_x_scale`, `${p}_scale`], [`${p}_scales`]),
    node('Mul', [`${p}_float`, `${p}_scales`], [scaled]),
    ...(c ? [node('Add', [scaled, c], out)] : []),
  ];
}

function bytesOf(view: ArrayBufferView): Uint8Array {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

/** Why a MatMul/Gemm weight cannot be quantized here, or null when it can. */
function refusal(
  name: string,
  init: proto.ITensorProto | undefined,
  graphInputs: Set<string>,
  consumers: Map<string, string[]>,
): string | null {
  if (!init) return 'the weight is computed by the graph, not stored in the file';
  if (graphInputs.has(name)) return 'the weight is also a graph input, so a caller may replace it at run time';
  if (init.dataLocation === onnx.TensorProto.DataLocation.EXTERNAL) return 'the weight lives in an external data file';
  if (init.dataType !== FLOAT) return 'the weight is not float32';
  if ((init.dims ?? []).length !== 2) return `the weight has ${(init.dims ?? []).length} dimensions, not 2`;
  const others = (consumers.get(name) ?? []).filter((c) => c !== 'B');
  if (others.length) return `the weight also feeds ${others.join(', ')}, which would change too`;
  return null;
}

/**
 * Quantizes the MatMul / Gemm weights of `bytes`; `label` names the file in messages.
 * @throws GapboardError UNSUPPORTED when the opset has no DequantizeLinear or nothing qualifies.
 */
export function quantizeModel(bytes: Uint8Array, label: string): QuantizeResult {
  const model = decodeModel(bytes, label);
  const opset = defaultOpset(model);
  if (opset < 10) {
    throw new GapboardError(
      'UNSUPPORTED',
      `${label} uses ONNX opset ${opset || 'unknown'}; int8 weights need DequantizeLinear (opset 10 or later). Re-export the model at opset 13 and quantize that.`,
    );
  }
  const perChannel = opset >= 13;
  const graph = model.graph as proto.GraphProto;
  const inits = new Map((graph.initializer ?? []).map((t) => [t.name ?? '', t]));
  const graphInputs = new Set((graph.input ?? []).map((v) => v.name ?? ''));
  // Who reads each value: 'B' for the weight slot of a MatMul/Gemm, else the op's name.
  const consumers = new Map<string, string[]>();
  for (const n of graph.node ?? [])
    (n.input ?? []).forEach((inp, i) => {
      const role = (n.opType === 'MatMul' || n.opType === 'Gemm') && i === 1 ? 'B' : (n.opType ?? '?');
      consumers.set(inp, [...(consumers.get(inp) ?? []), role]);
    });

  const quantized: QuantizedWeight[] = [];
  const skipped: SkippedWeight[] = [];
  const done = new Set<string>();
  const dequantizers: proto.INodeProto[] = [];
  const replaced = new Map<number, proto.INodeProto[]>();
  const addInits = (...ts: proto.ITensorProto[]) =>
    graph.initializer.push(...ts.map((t) => onnx.TensorProto.create(t)));
  (graph.node ?? []).forEach((n, index) => {
    if (n.opType !== 'MatMul' && n.opType !== 'Gemm') return;
    const nodeName = n.name || `${n.opType} #${index}`;
    const wName = n.input?.[1] ?? '';
    if (done.has(wName)) return;
    const init = inits.get(wName);
    const why = refusal(wName, init, graphInputs, consumers);
    if (why || !init) {
      skipped.push({ node: nodeName, weight: wName, reason: why ?? '' });
      return;
    }
    const [rows, cols] = (init.dims ?? []).map(toNumber) as [number, number];
    const attr = (name: string, dflt: number) => {
      const a = (n.attribute ?? []).find((x) => x.name === name);
      return a ? (a.type === onnx.AttributeProto.AttributeType.FLOAT ? (a.f ?? dflt) : toNumber(a.i)) : dflt;
    };
    const transB = n.opType === 'Gemm' && attr('transB', 0) === 1;
    const integer =
      opset >= 11 &&
      (consumers.get(wName) ?? []).length === 1 &&
      (n.opType === 'MatMul' || (attr('transA', 0) === 0 && (attr('beta', 1) === 1 || !n.input?.[2])));
    // The output channel is the column of B ([K, N]), or its row when Gemm transposes B.
    const axis: 0 | 1 | null = integer || perChannel ? (transB ? 0 : 1) : null;
    const { q, scales, maxAbsError } = quantizeMatrix(floatValues(init), rows, cols, axis);
    graph.initializer = (graph.initializer ?? []).filter((t) => t.name !== wName);
    const scaleDims = axis === null ? [] : [scales.length];
    const zeros = bytesOf(new Int8Array(scales.length));
    if (integer) {
      // MatMulInteger wants B as [K, N]; Gemm's alpha folds into the per-column scales.
      const [K, N] = transB ? [cols, rows] : [rows, cols];
      const qb = transB ? transpose(q, rows, cols) : q;
      const alpha = n.opType === 'Gemm' ? attr('alpha', 1) : 1;
      const p = `${wName}__mmi`;
      addInits(
        { name: `${p}_weight`, dims: [K, N], dataType: INT8, rawData: bytesOf(qb) },
        { name: `${p}_scale`, dims: [N], dataType: FLOAT, rawData: bytesOf(scales.map((v) => v * alpha)) },
        { name: `${p}_zero_point`, dims: [N], dataType: INT8, rawData: zeros },
      );
      replaced.set(index, integerMatMul(n, p));
    } else {
      addInits(
        { name: `${wName}_int8`, dims: [rows, cols], dataType: INT8, rawData: bytesOf(q) },
        { name: `${wName}_scale`, dims: scaleDims, dataType: FLOAT, rawData: bytesOf(scales) },
        { name: `${wName}_zero_point`, dims: scaleDims, dataType: INT8, rawData: zeros },
      );
      // The DequantizeLinear output keeps the weight's name, so every reader of it is unchanged.
      dequantizers.push(
        onnx.NodeProto.create({
          name: `${wName}_dequantize`,
          opType: 'DequantizeLinear',
          input: [`${wName}_int8`, `${wName}_scale`, `${wName}_zero_point`],
          output: [wName],
          attribute: axis === null ? [] : [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: axis }],
        }),
      );
    }
    done.add(wName);
    quantized.push({
      node: nodeName,
      op: n.opType,
      weight: wName,
      dims: [rows, cols],
      method: integer ? 'MatMulInteger' : 'DequantizeLinear',
      scheme: axis === null ? 'per-tensor' : 'per-channel',
      floatBytes: rows * cols * 4,
      int8Bytes: rows * cols + scales.length * 5,
      maxAbsError,
    });
  });
  if (quantized.length === 0) {
    const why = skipped.length
      ? skipped.map((s) => `${s.node} (${s.weight}): ${s.reason}`).join('; ')
      : 'the graph has no MatMul or Gemm node';
    throw new GapboardError('UNSUPPORTED', `Nothing in ${label} can be quantized: ${why}.`);
  }
  // DequantizeLinear reads only initializers, so putting those nodes first keeps the graph sorted;
  // an integer MatMul takes the place of the node it replaces.
  graph.node = [...dequantizers, ...(graph.node ?? []).flatMap((n, i) => replaced.get(i) ?? [n])];
  return { bytes: Buffer.from(onnx.ModelProto.encode(model).finish()), quantized, skipped };
}
