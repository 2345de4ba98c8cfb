/**
 * onnx-proto ships CommonJS whose `module.exports = $root`; Node's ESM loader cannot see a
 * named `onnx` export, so it is taken off the default import once, here.
 */
import onnxProto from 'onnx-proto';

export const onnx = onnxProto.onnx;

/** ONNX TensorProto.DataType → the element type names onnxruntime's JS API uses. */
export const ELEMENT_TYPES: Record<number, string> = {
  1: 'float32',
  2: 'uint8',
  3: 'int8',
  4: 'uint16',
  5: 'int16',
  6: 'int32',
  7: 'int64',
  8: 'string',
  9: 'bool',
  10: 'float16',
  11: 'float64',
  12: 'uint32',
  13: 'uint64',
  14: 'complex64',
  15: 'complex128',
  16: 'bfloat16',
};

/** protobufjs 6 decodes int64 as Long objects (or numbers); both become plain numbers here. */
export function toNumber(v: unknown): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') return v;
  // onnx-proto's d.ts names a global `Long` type it does not declare, hence `unknown` here.
  if (typeof v === 'object' && 'toNumber' in v && typeof v.toNumber === 'function')
    return Number((v as { toNumber(): number }).toNumber());
  return Number(v);
}
