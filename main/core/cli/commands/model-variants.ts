/** `gapboard model quantize` and `gapboard model diff`: int8 variants and fact-by-fact diffs. */
import path from 'node:path';
import { diffModels, type ModelDiff } from '../../models/model-diff.js';
import { withProject } from '../../project/session.js';
import { fmt } from '../../report/format.js';
import { findModel } from '../../runs/index.js';
import { quantizeRegisteredModel, type QuantizeOutcome } from '../../runs/variants.js';
import { printJson, requireStr, str, table } from '../args.js';
import { readProject } from '../project-file.js';
import type { CommandSpec } from '../types.js';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const signed = (n: number) => (n > 0 ? `+${n.toLocaleString('en-US')}` : n.toLocaleString('en-US'));

function quantizeText(o: QuantizeOutcome): string {
  const lines = [
    `Wrote ${o.model.path} and registered it as ${o.model.id} ${o.model.name}, a quantized variant of ${o.parent.name}.`,
    `Size ${kb(o.parent.size)} → ${kb(o.model.size)} (${((o.model.size / o.parent.size) * 100).toFixed(1)}% of the original).`,
    '',
    'Weights stored as int8 (MatMulInteger: activations quantized per call, integer product; DequantizeLinear: weights restored to float when the model runs):',
    table([
      ['node', 'op', 'weight', 'shape', 'as', 'scales', 'float → int8', 'max |error|'],
      ...o.quantized.map((q) => [
        q.node,
        q.op,
        q.weight,
        q.dims.join('×'),
        q.method,
        q.scheme,
        `${kb(q.floatBytes)} → ${kb(q.int8Bytes)}`,
        fmt(q.maxAbsError),
      ]),
    ]),
  ];
  if (o.skipped.length) {
    lines.push('Left as float:');
    for (const s of o.skipped) lines.push(`  ${s.node} (${s.weight}): ${s.reason}`);
  }
  if (o.quantized.some((q) => q.method === 'MatMulInteger'))
    lines.push('Activations are quantized per call over the whole batch: compare runs at the same batch size.');
  lines.push('Evaluate the variant to see what it gained and lost against its parent.');
  return lines.join('\n') + '\n';
}

export const modelQuantizeCommand: CommandSpec = {
  name: 'model quantize',
  summary: 'Make an int8-weight variant of a registered model and register it.',
  usage: 'gapboard model quantize <file.gapboard> --model NAME [--name NEW] [--out M.onnx] [--json]',
  options: { model: { type: 'string' }, name: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const file = path.resolve(io.cwd, positionals[0]!);
    const model = requireStr(values, 'model');
    const name = str(values, 'name');
    const out = str(values, 'out');
    const outcome = await withProject(file, { now: io.now }, (session) =>
      quantizeRegisteredModel(session, model, {
        ...(name ? { name } : {}),
        ...(out ? { out: path.resolve(io.cwd, out) } : {}),
      }),
    );
    if (values.json) printJson(io.out, outcome);
    else io.out(quantizeText(outcome));
    return 0;
  },
};

function diffText(d: ModelDiff): string {
  const rows: string[][] = [['', d.a.name, d.b.name, 'change']];
  rows.push(['size (bytes)', d.size.a.toLocaleString('en-US'), d.size.b.toLocaleString('en-US'), signed(d.size.delta)]);
  rows.push([
    'parameters',
    d.params.a.toLocaleString('en-US'),
    d.params.b.toLocaleString('en-US'),
    signed(d.params.delta),
  ]);
  for (const o of d.opset) rows.push([`opset ${o.key}`, o.a ?? '—', o.b ?? '—', o.a === o.b ? '' : 'changed']);
  rows.push(['producer', d.producer.a ?? '—', d.producer.b ?? '—', d.producer.a === d.producer.b ? '' : 'changed']);
  for (const t of d.inputs) rows.push([`input ${t.name}`, t.a ?? '—', t.b ?? '—', t.same ? '' : 'changed']);
  for (const t of d.outputs) rows.push([`output ${t.name}`, t.a ?? '—', t.b ?? '—', t.same ? '' : 'changed']);
  for (const o of d.operators) rows.push([`op ${o.key}`, String(o.a), String(o.b), o.delta ? signed(o.delta) : '']);
  for (const m of d.metadata) rows.push([`metadata ${m.key}`, m.a ?? '—', m.b ?? '—', 'changed']);
  return `${d.relation ? `${d.relation}.\n\n` : ''}${table(rows)}`;
}

export const modelDiffCommand: CommandSpec = {
  name: 'model diff',
  summary: 'Two registered models side by side: IO, parameters, operators, size, opset, metadata.',
  usage: 'gapboard model diff <file.gapboard> A B [--json]',
  options: { json: { type: 'boolean' } },
  positionals: { min: 3, max: 3 },
  async run({ values, positionals }, io) {
    const { doc } = await readProject(io, positionals[0]!);
    const d = diffModels(findModel(doc, positionals[1]!), findModel(doc, positionals[2]!));
    if (values.json) printJson(io.out, d);
    else io.out(diffText(d));
    return 0;
  },
};
