/**
 * Model facts read from the ONNX protobuf without running it.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { onnx as proto } from 'onnx-proto';
import { GapboardError } from '../project/errors.js';
import type { Model, TensorInfo } from '../../../shared/schema.js';
import { ELEMENT_TYPES, onnx, toNumber } from './onnx-proto.js';

/** Everything about a model file that does not depend on where the project registers it. */
export type ModelFacts = Pick<
  Model,
  'sha256' | 'size' | 'opset' | 'producer' | 'inputs' | 'outputs' | 'params' | 'operators' | 'metadata'
> & { irVersion: number };

function typeName(t: proto.ITypeProto | null | undefined): string {
  if (!t) return 'unknown';
  if (t.tensorType) return ELEMENT_TYPES[t.tensorType.elemType ?? 0] ?? 'unknown';
  if (t.sequenceType) return 'sequence';
  if (t.mapType) return 'map';
  if (t.optionalType) return 'optional';
  if (t.sparseTensorType) return 'sparse_tensor';
  return 'unknown';
}

function shapeOf(t: proto.ITypeProto | null | undefined): (number | string)[] {
  const dims = t?.tensorType?.shape?.dim ?? [];
  return dims.map((d) => {
    if (d.dimParam) return d.dimParam;
    // A dim with neither value nor name is "unknown"; '?' keeps it distinguishable from 0.
    if (d.dimValue === null || d.dimValue === undefined) return '?';
    return toNumber(d.dimValue);
  });
}

function tensorInfo(v: proto.IValueInfoProto): TensorInfo {
  return { name: v.name ?? '', type: typeName(v.type), shape: shapeOf(v.type) };
}

/** Counts operators in a graph and in the subgraphs of If / Loop / Scan bodies. */
function countOps(graph: proto.IGraphProto, into: Record<string, number>): void {
  for (const node of graph.node ?? []) {
    const domain = node.domain && node.domain !== 'ai.onnx' ? `${node.domain}.` : '';
    const key = `${domain}${node.opType ?? '?'}`;
    into[key] = (into[key] ?? 0) + 1;
    for (const attr of node.attribute ?? []) {
      if (attr.g) countOps(attr.g, into);
      for (const g of attr.graphs ?? []) countOps(g, into);
    }
  }
}

function elementCount(t: proto.ITensorProto): number {
  return (t.dims ?? []).reduce<number>((acc, d) => acc * toNumber(d), 1);
}

/** Decodes ONNX bytes; `label` names the file in error messages. */
export function decodeModel(bytes: Uint8Array, label: string): proto.ModelProto {
  if (bytes.length === 0) throw new GapboardError('BAD_MODEL', `${label} is empty (0 bytes), not an ONNX model`);
  let model: proto.ModelProto;
  try {
    model = onnx.ModelProto.decode(bytes);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new GapboardError('BAD_MODEL', `${label} is not an ONNX model or is corrupt (${why})`);
  }
  // protobuf happily decodes many random byte strings into a nearly empty message, so the
  // fields every real ONNX file has are checked explicitly.
  const ir = toNumber(model.irVersion);
  const graph = model.graph;
  if (ir <= 0 || !graph || (graph.output ?? []).length === 0) {
    throw new GapboardError(
      'BAD_MODEL',
      `${label} is not an ONNX model or is corrupt (no ${ir <= 0 ? 'IR version' : 'graph with outputs'} found)`,
    );
  }
  return model;
}

/** Facts from already-read bytes (used by `inspectModel` and by callers that hold the bytes). */
export function modelFacts(bytes: Uint8Array, label: string): ModelFacts {
  const model = decodeModel(bytes, label);
  const graph = model.graph as proto.IGraphProto;
  const initializers = graph.initializer ?? [];
  // IR < 4 models list initializers among the graph inputs too; they are not real inputs.
  const initNames = new Set(initializers.map((t) => t.name));
  const operators: Record<string, number> = {};
  countOps(graph, operators);
  const metadata: Record<string, string> = {};
  for (const p of model.metadataProps ?? []) metadata[p.key ?? ''] = p.value ?? '';
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.length,
    irVersion: toNumber(model.irVersion),
    opset: (model.opsetImport ?? []).map((o) => ({ domain: o.domain ?? '', version: toNumber(o.version) })),
    producer: { name: model.producerName ?? '', version: model.producerVersion ?? '' },
    inputs: (graph.input ?? []).filter((v) => !initNames.has(v.name ?? '')).map(tensorInfo),
    outputs: (graph.output ?? []).map(tensorInfo),
    params:
      initializers.reduce((acc, t) => acc + elementCount(t), 0) +
      (graph.sparseInitializer ?? []).reduce(
        (acc, t) => acc + (t.dims ?? []).reduce<number>((a, d) => a * toNumber(d), 1),
        0,
      ),
    operators: Object.fromEntries(Object.entries(operators).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    metadata,
  };
}

/**
 * Reads an ONNX file and returns its facts without running it.
 * @throws GapboardError BAD_MODEL for an empty, non-ONNX or corrupt file; NOT_FOUND if missing.
 */
export async function inspectModel(filePath: string): Promise<ModelFacts> {
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new GapboardError('NOT_FOUND', `model file ${filePath} does not exist`);
    if (code === 'EISDIR') throw new GapboardError('NOT_A_FILE', `${filePath} is a folder, not an ONNX model file`);
    throw new GapboardError('IO', `cannot read model file ${filePath}: ${(err as Error).message}`);
  }
  return modelFacts(bytes, basename(filePath));
}
