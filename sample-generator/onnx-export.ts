/**
 * Writes a trained MLP as an ONNX model (opset 13): Flatten → (Gemm → Relu)* → Gemm.
 *
 * Input `input` float32 [N, 1, 28, 28] with a symbolic batch dimension, so Gapboard's default
 * preprocessing applies (size and channels from the input shape, scale 1/255, NCHW); output
 * `logits` float32 [N, 10]. Weights go in as little-endian raw_data, so the bytes depend only
 * on the weights and the metadata → the file is reproducible.
 */
import onnxProto from 'onnx-proto';
import type { Mlp } from './mlp.js';

const { onnx } = onnxProto;

export const ONNX_PRODUCER = 'gapboard-sample';
export const ONNX_OPSET = 13;
/** IR version 7 is the one that introduced opset 13. */
const IR_VERSION = 7;

export interface OnnxExportOptions {
  graphName: string;
  docString: string;
  producerVersion: string;
  /** Extra metadata_props (sorted by key when written). */
  metadata: Record<string, string>;
}

function floatTensor(name: string, dims: number[], values: Float32Array): onnxProto.onnx.ITensorProto {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i] as number, true);
  return { name, dims, dataType: onnx.TensorProto.DataType.FLOAT, rawData: bytes };
}

function valueInfo(name: string, dims: (number | string)[]): onnxProto.onnx.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType: onnx.TensorProto.DataType.FLOAT,
        shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) },
      },
    },
  };
}

/** Encodes the model; the same weights and options always give the same bytes. */
export function exportMlpToOnnx(model: Mlp, opts: OnnxExportOptions): Uint8Array {
  const first = model.layers[0];
  const last = model.layers[model.layers.length - 1];
  if (!first || !last || first.inputs !== 28 * 28) throw new Error('expected a 784-input MLP');

  const nodes: onnxProto.onnx.INodeProto[] = [
    {
      name: 'flatten',
      opType: 'Flatten',
      input: ['input'],
      output: ['flat'],
      attribute: [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 1 }],
    },
  ];
  const initializer: onnxProto.onnx.ITensorProto[] = [];
  let prev = 'flat';
  model.layers.forEach((layer, l) => {
    const isLast = l === model.layers.length - 1;
    const name = `fc${l + 1}`;
    const out = isLast ? 'logits' : `${name}_out`;
    initializer.push(floatTensor(`${name}.weight`, [layer.inputs, layer.outputs], layer.weight));
    initializer.push(floatTensor(`${name}.bias`, [layer.outputs], layer.bias));
    nodes.push({
      name,
      opType: 'Gemm',
      input: [prev, `${name}.weight`, `${name}.bias`],
      output: [out],
    });
    prev = out;
    if (!isLast) {
      nodes.push({ name: `relu${l + 1}`, opType: 'Relu', input: [out], output: [`relu${l + 1}_out`] });
      prev = `relu${l + 1}_out`;
    }
  });

  const message = onnx.ModelProto.create({
    irVersion: IR_VERSION,
    opsetImport: [{ domain: '', version: ONNX_OPSET }],
    producerName: ONNX_PRODUCER,
    producerVersion: opts.producerVersion,
    modelVersion: 1,
    docString: opts.docString,
    graph: {
      name: opts.graphName,
      node: nodes,
      initializer,
      input: [valueInfo('input', ['N', 1, 28, 28])],
      output: [valueInfo('logits', ['N', last.outputs])],
    },
    metadataProps: Object.keys(opts.metadata)
      .sort()
      .map((key) => ({ key, value: opts.metadata[key] ?? '' })),
  });
  return onnx.ModelProto.encode(message).finish();
}
