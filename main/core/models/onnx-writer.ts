/**
 * Writes small ONNX models from a plain description. Tests build models with known answers
 * with it, and the sample-project generator ships it at runtime, so it lives in the core and
 * has no test-framework imports.
 */
import type { onnx as proto } from 'onnx-proto';
import { onnx } from './onnx-proto.js';

/** A tagged float attribute: plain JS numbers are written as INT attributes. */
export interface FloatAttr {
  kind: 'float';
  value: number;
}
export interface FloatsAttr {
  kind: 'floats';
  value: number[];
}
export interface TensorAttr {
  kind: 'tensor';
  value: InitializerSpec;
}
export type AttrValue = number | number[] | string | FloatAttr | FloatsAttr | TensorAttr;

export const float = (value: number): FloatAttr => ({ kind: 'float', value });
export const floats = (value: number[]): FloatsAttr => ({ kind: 'floats', value });
export const tensorAttr = (value: InitializerSpec): TensorAttr => ({ kind: 'tensor', value });

export interface NodeSpec {
  op: string;
  inputs: string[];
  outputs: string[];
  attrs?: Record<string, AttrValue>;
  name?: string;
  domain?: string;
}

export type ElementType = 'float32' | 'int64' | 'int32' | 'uint8';

export interface ValueSpec {
  name: string;
  /** Default float32. */
  type?: ElementType;
  /** Numbers are fixed dims, strings symbolic ones (e.g. 'N'). */
  shape: (number | string)[];
}

export interface InitializerSpec {
  name: string;
  dims: number[];
  data: ArrayLike<number>;
  /** Default float32. */
  type?: ElementType;
}

export interface ModelSpec {
  inputs: ValueSpec[];
  outputs: ValueSpec[];
  nodes: NodeSpec[];
  initializers?: InitializerSpec[];
  graphName?: string;
  /** Default 13. */
  opset?: number;
  /** Default 8 (what onnx-proto's schema knows). */
  irVersion?: number;
  producer?: { name: string; version: string };
  metadata?: Record<string, string>;
  docString?: string;
}

const DATA_TYPE: Record<ElementType, number> = { float32: 1, uint8: 2, int32: 6, int64: 7 };
const AT = onnx.AttributeProto.AttributeType;

function tensorProto(spec: InitializerSpec): proto.ITensorProto {
  const type = spec.type ?? 'float32';
  const count = spec.dims.reduce((a, b) => a * b, 1);
  if (spec.data.length !== count) {
    throw new Error(`initializer ${spec.name}: ${spec.data.length} values for dims [${spec.dims.join(', ')}]`);
  }
  const proto: proto.ITensorProto = { name: spec.name, dims: spec.dims, dataType: DATA_TYPE[type] };
  // raw_data (little-endian bytes) is what exporters write and the most compact form.
  if (type === 'float32') proto.rawData = bytesOf(Float32Array.from(spec.data));
  else if (type === 'int32') proto.rawData = bytesOf(Int32Array.from(spec.data));
  else if (type === 'uint8') proto.rawData = Uint8Array.from(spec.data);
  else proto.rawData = bytesOf(BigInt64Array.from(Array.from(spec.data, (v) => BigInt(v))));
  return proto;
}

function bytesOf(view: ArrayBufferView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function attribute(name: string, value: AttrValue): proto.IAttributeProto {
  if (typeof value === 'number') return { name, type: AT.INT, i: value };
  if (typeof value === 'string') return { name, type: AT.STRING, s: Buffer.from(value, 'utf8') };
  if (Array.isArray(value)) return { name, type: AT.INTS, ints: value };
  if (value.kind === 'float') return { name, type: AT.FLOAT, f: value.value };
  if (value.kind === 'floats') return { name, type: AT.FLOATS, floats: value.value };
  return { name, type: AT.TENSOR, t: tensorProto(value.value) };
}

function valueInfo(spec: ValueSpec): proto.IValueInfoProto {
  return {
    name: spec.name,
    type: {
      tensorType: {
        elemType: DATA_TYPE[spec.type ?? 'float32'],
        shape: {
          dim: spec.shape.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })),
        },
      },
    },
  };
}

/** Serializes `spec` to ONNX protobuf bytes. */
export function writeOnnxModel(spec: ModelSpec): Buffer {
  const model: proto.IModelProto = {
    irVersion: spec.irVersion ?? 8,
    producerName: spec.producer?.name ?? 'gapboard-onnx-writer',
    producerVersion: spec.producer?.version ?? '1',
    docString: spec.docString ?? '',
    opsetImport: [{ domain: '', version: spec.opset ?? 13 }],
    metadataProps: Object.entries(spec.metadata ?? {}).map(([key, value]) => ({ key, value })),
    graph: {
      name: spec.graphName ?? 'graph',
      node: spec.nodes.map((n, i) => ({
        name: n.name ?? `${n.op}_${i}`,
        opType: n.op,
        domain: n.domain ?? '',
        input: n.inputs,
        output: n.outputs,
        attribute: Object.entries(n.attrs ?? {}).map(([k, v]) => attribute(k, v)),
      })),
      initializer: (spec.initializers ?? []).map(tensorProto),
      input: spec.inputs.map(valueInfo),
      output: spec.outputs.map(valueInfo),
    },
  };
  return Buffer.from(onnx.ModelProto.encode(onnx.ModelProto.create(model)).finish());
}

/**
 * A linear classifier `y = x·W + b` (optionally followed by Softmax): the workhorse of tests
 * whose answers are computed by hand. `weights` is [features][classes], row-major.
 */
export function linearModel(opts: {
  weights: number[][];
  bias?: number[];
  softmax?: boolean;
  batch?: number | string;
  opset?: number;
}): Buffer {
  const features = opts.weights.length;
  const classes = opts.weights[0]?.length ?? 0;
  const batch = opts.batch ?? 'N';
  const nodes: NodeSpec[] = [{ op: 'Gemm', inputs: ['x', 'W', 'b'], outputs: [opts.softmax ? 'logits' : 'y'] }];
  if (opts.softmax) nodes.push({ op: 'Softmax', inputs: ['logits'], outputs: ['y'], attrs: { axis: 1 } });
  return writeOnnxModel({
    inputs: [{ name: 'x', shape: [batch, features] }],
    outputs: [{ name: 'y', shape: [batch, classes] }],
    nodes,
    initializers: [
      { name: 'W', dims: [features, classes], data: opts.weights.flat() },
      { name: 'b', dims: [classes], data: opts.bias ?? new Array<number>(classes).fill(0) },
    ],
    opset: opts.opset,
  });
}
