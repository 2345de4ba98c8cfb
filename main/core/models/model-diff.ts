/**
 * Two registered models side by side, fact by fact: what a quantization, a pruning or a
 * re-export changed (inputs and outputs, parameters, operators, size, opset, metadata).
 */
import type { Model, TensorInfo } from '../../../shared/schema.js';
import type { TensorChange, CountChange, ModelDiff } from '../../../shared/optimization-views.js';
export type { TensorChange, CountChange, TextChange, ModelDiff } from '../../../shared/optimization-views.js';

const tensorText = (t: TensorInfo) => `${t.type} [${t.shape.join(', ')}]`;
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function tensors(a: TensorInfo[], b: TensorInfo[]): TensorChange[] {
  const names = [...a.map((t) => t.name), ...b.map((t) => t.name).filter((n) => !a.some((t) => t.name === n))];
  return names.map((name) => {
    const ta = a.find((t) => t.name === name);
    const tb = b.find((t) => t.name === name);
    const sa = ta ? tensorText(ta) : null;
    const sb = tb ? tensorText(tb) : null;
    return { name, a: sa, b: sb, same: sa === sb };
  });
}

const count = (key: string, a: number, b: number): CountChange => ({ key, a, b, delta: b - a });

function relation(a: Model, b: Model): string | null {
  if (b.variantOf?.model === a.id) return `${b.name} is a ${b.variantOf.kind} variant of ${a.name}`;
  if (a.variantOf?.model === b.id) return `${a.name} is a ${a.variantOf.kind} variant of ${b.name}`;
  return null;
}

/** The differences of `b` against `a` (deltas are b − a). */
export function diffModels(a: Model, b: Model): ModelDiff {
  const ops = [...new Set([...Object.keys(a.operators), ...Object.keys(b.operators)])].sort(byName);
  const domains = [...new Set([...a.opset, ...b.opset].map((o) => o.domain))].sort(byName);
  const opsetOf = (m: Model, d: string) => {
    const o = m.opset.find((x) => x.domain === d);
    return o ? String(o.version) : null;
  };
  const keys = [...new Set([...Object.keys(a.metadata), ...Object.keys(b.metadata)])].sort(byName);
  const producer = (m: Model) => `${m.producer.name} ${m.producer.version}`.trim() || null;
  return {
    a: { id: a.id, name: a.name },
    b: { id: b.id, name: b.name },
    inputs: tensors(a.inputs, b.inputs),
    outputs: tensors(a.outputs, b.outputs),
    params: count('params', a.params, b.params),
    size: count('size', a.size, b.size),
    operators: ops.map((op) => count(op, a.operators[op] ?? 0, b.operators[op] ?? 0)),
    opset: domains.map((d) => ({ key: d || 'ai.onnx', a: opsetOf(a, d), b: opsetOf(b, d) })),
    producer: { key: 'producer', a: producer(a), b: producer(b) },
    metadata: keys
      .map((key) => ({ key, a: a.metadata[key] ?? null, b: b.metadata[key] ?? null }))
      .filter((m) => m.a !== m.b),
    relation: relation(a, b),
  };
}
