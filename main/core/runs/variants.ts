/**
 * Model variants: a quantized, pruned or re-exported copy of a model, registered with a link
 * to the model it came from, so its runs can be weighed against the parent's.
 */
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { modelFacts } from '../models/inspect.js';
import { quantizeModel } from '../models/quantize.js';
import type { QuantizeOutcome } from '../../../shared/optimization-views.js';

export type { QuantizeOutcome };
import { GapboardError } from '../project/errors.js';
import type { Model, VariantKind } from '../../../shared/schema.js';
import type { ProjectSession } from '../project/session.js';
import { findModel, modelFile, registerModel, uniqueName } from './models.js';

/** `<stem>-int8.onnx` beside the parent, or `<stem>-int8-2.onnx` … when that is taken. */
function freeFile(parentAbs: string): string {
  const stem = parentAbs.replace(/\.onnx$/i, '');
  for (let i = 1; ; i++) {
    const candidate = `${stem}-int8${i === 1 ? '' : `-${i}`}.onnx`;
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * Writes an int8-weight copy of a registered model beside it and registers it as a
 * quantized variant of that model.
 * @throws GapboardError UNSUPPORTED when nothing in the graph can be quantized; EXISTS when
 *   `out` names a file that is already there.
 */
export async function quantizeRegisteredModel(
  session: ProjectSession,
  ref: string,
  opts: { name?: string; out?: string } = {},
): Promise<QuantizeOutcome> {
  // A read-only project must not get a new file beside it that nothing registers.
  if (session.readOnly) throw new GapboardError('READ_ONLY', session.readOnlyReason ?? 'The project is read-only.');
  const parent = findModel(session.doc, ref);
  const src = modelFile(session, parent);
  let bytes: Buffer;
  try {
    bytes = await readFile(src);
  } catch (err) {
    throw new GapboardError('NOT_FOUND', `cannot read ${parent.name}'s file ${parent.path}: ${(err as Error).message}`);
  }
  const result = quantizeModel(bytes, path.basename(src));
  const out = opts.out ? path.resolve(session.folder, opts.out) : freeFile(src);
  if (existsSync(out)) throw new GapboardError('EXISTS', `${out} already exists; choose another --out file.`);
  // Checked before writing so a name clash leaves no stray file behind.
  const wanted = opts.name?.trim();
  if (wanted && session.doc.models.some((m) => m.name === wanted)) {
    throw new GapboardError('BAD_ARGUMENT', `A model named "${wanted}" is already registered; choose another name.`);
  }
  const name = wanted || uniqueName(session.doc, `${parent.name}-int8`);
  modelFacts(result.bytes, path.basename(out));
  await writeFile(out, result.bytes, { flag: 'wx' });
  const note = `int8 weights (${result.quantized.map((q) => q.weight).join(', ')}), ${result.quantized[0]!.scheme}`;
  let model: Model;
  try {
    model = await registerModel(session, {
      path: out,
      name,
      ...(parent.trainedOn ? { trainedOn: parent.trainedOn } : {}),
      variantOf: { model: parent.id, kind: 'quantized', note },
    });
  } catch (err) {
    await rm(out, { force: true });
    throw err;
  }
  return {
    model,
    parent: { id: parent.id, name: parent.name, size: parent.size },
    quantized: result.quantized,
    skipped: result.skipped,
  };
}

/**
 * Records (or, with `parent` null, clears) which model `ref` is a variant of.
 * @throws GapboardError BAD_ARGUMENT for a model named as its own parent or a cycle.
 */
export function setVariant(
  session: ProjectSession,
  ref: string,
  parentRef: string | null,
  kind: VariantKind = 'other',
  note = '',
): Model {
  const model = findModel(session.doc, ref);
  const parent = parentRef === null ? null : findModel(session.doc, parentRef);
  if (parent) {
    // Walking up from the parent must never reach the model itself.
    for (let m: Model | undefined = parent; m;) {
      if (m.id === model.id)
        throw new GapboardError(
          'BAD_ARGUMENT',
          `${model.name} cannot be a variant of ${parent.name}: that makes a cycle.`,
        );
      const up: string | undefined = m.variantOf?.model;
      m = up ? session.doc.models.find((x) => x.id === up) : undefined;
    }
  }
  return session.mutate(
    parent ? `Mark ${model.name} as a variant of ${parent.name}` : `Unlink ${model.name}`,
    (draft) => {
      const m = draft.models.find((x) => x.id === model.id)!;
      if (parent) m.variantOf = { model: parent.id, kind, note };
      else delete m.variantOf;
      return { ...m };
    },
  );
}
