/** `gapboard model add` and `gapboard model list`: registered ONNX models of a project. */
import path from 'node:path';
import { withProject } from '../../project/session.js';
import { VARIANT_KINDS } from '../../../../shared/schema.js';
import { findModel, registerModel } from '../../runs/index.js';
import { datasetRef, oneOf, printJson, requireStr, str, table } from '../args.js';
import { readProject, sessionOptions } from '../project-file.js';
import { UsageError, type CommandSpec } from '../types.js';

export const modelAddCommand: CommandSpec = {
  name: 'model add',
  summary: 'Register an ONNX model in a project (read its facts without running it).',
  usage:
    'gapboard model add <file.gapboard> --path M.onnx [--name NAME] [--trained-on NAME@vN] [--variant-of MODEL [--variant-kind quantized|pruned|opset|other]] [--json]',
  options: {
    path: { type: 'string' },
    name: { type: 'string' },
    'trained-on': { type: 'string' },
    'variant-of': { type: 'string' },
    'variant-kind': { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const file = path.resolve(io.cwd, positionals[0]!);
    const modelPath = path.resolve(io.cwd, requireStr(values, 'path'));
    const name = str(values, 'name');
    const trained = str(values, 'trained-on');
    const trainedOn = trained ? datasetRef(trained, '--trained-on') : undefined;
    const parentRef = str(values, 'variant-of');
    const kind = oneOf(values, 'variant-kind', VARIANT_KINDS);
    if (kind && !parentRef) throw new UsageError('--variant-kind needs --variant-of MODEL.');
    let parentName = '';
    const model = await withProject(file, sessionOptions(io), (session) => {
      const parent = parentRef ? findModel(session.doc, parentRef) : undefined;
      parentName = parent?.name ?? '';
      return registerModel(session, {
        path: modelPath,
        ...(name ? { name } : {}),
        ...(trainedOn ? { trainedOn: { dataset: trainedOn.name, version: trainedOn.version } } : {}),
        ...(parent ? { variantOf: { model: parent.id, kind: kind ?? 'other', note: '' } } : {}),
      });
    });
    if (values.json) {
      printJson(io.out, model);
      return 0;
    }
    const input = model.inputs[0];
    const output = model.outputs[0];
    io.out(
      `Registered ${model.id} ${model.name} (${model.path})${parentName ? `, a ${model.variantOf?.kind} variant of ${parentName}` : ''}.\n`,
    );
    io.out(
      table([
        ['size', `${(model.size / 1e6).toFixed(3)} MB`],
        ['parameters', model.params.toLocaleString('en-US')],
        ['opset', model.opset.map((o) => `${o.domain || 'ai.onnx'} ${o.version}`).join(', ')],
        ['producer', `${model.producer.name} ${model.producer.version}`.trim() || '—'],
        ['input', input ? `${input.name} ${input.type} [${input.shape.join(', ')}]` : '—'],
        ['output', output ? `${output.name} ${output.type} [${output.shape.join(', ')}]` : '—'],
      ]),
    );
    return 0;
  },
};

export const modelListCommand: CommandSpec = {
  name: 'model list',
  summary: 'List the models registered in a project.',
  usage: 'gapboard model list <file.gapboard> [--json]',
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const { doc } = await readProject(io, positionals[0]!);
    const models = doc.models;
    if (values.json) {
      printJson(io.out, models);
      return 0;
    }
    if (models.length === 0) {
      io.out('No models registered yet (gapboard model add).\n');
      return 0;
    }
    const runs = (id: string) => doc.runs.filter((r) => r.model === id).length;
    io.out(
      table([
        ['id', 'name', 'path', 'size MB', 'params', 'trained on', 'runs'],
        ...models.map((m) => [
          m.id,
          m.name,
          m.path,
          (m.size / 1e6).toFixed(3),
          m.params.toLocaleString('en-US'),
          m.trainedOn ? `${m.trainedOn.dataset}@v${m.trainedOn.version}` : '—',
          String(runs(m.id)),
        ]),
      ]),
    );
    return 0;
  },
};
