/**
 * Registered ONNX models: facts read from the file without running it,
 * the path kept relative to the project file so the folder can move between machines.
 */
import path from 'node:path';
import { projectRelative } from '../datasets/register.js';
import { inspectModel, type ModelFacts } from '../models/inspect.js';
import { GapboardError } from '../project/errors.js';
import { nextId, normalizeId } from '../project/ids.js';
import type { Model, ProjectDocument } from '../../../shared/schema.js';
import type { ProjectSession } from '../project/session.js';

export interface RegisterModelInput {
  /** The ONNX file; absolute, or relative to the project folder. */
  path: string;
  /** Display name; defaults to the file name without `.onnx`, made unique with `-2`, `-3` … */
  name?: string;
  trainedOn?: { dataset: string; version: number };
  /** The model this one was derived from (must be registered already). */
  variantOf?: NonNullable<Model['variantOf']>;
}

/** Facts the document stores for a model (the IR version is for display only, not saved). */
export function storedFacts(
  facts: ModelFacts,
): Omit<Model, 'id' | 'name' | 'path' | 'addedAt' | 'trainedOn' | 'variantOf'> {
  const { irVersion: _ir, ...rest } = facts;
  return rest;
}

/** `wanted`, or `wanted-2`, `wanted-3` … when a model already has that name. */
export function uniqueName(doc: ProjectDocument, wanted: string): string {
  const taken = new Set(doc.models.map((m) => m.name));
  if (!taken.has(wanted)) return wanted;
  for (let i = 2; ; i++) if (!taken.has(`${wanted}-${i}`)) return `${wanted}-${i}`;
}

/**
 * Inspects and registers a model as `M-n`. An explicit `name` that is already taken is an
 * error (the user asked for it); a default name is made unique instead.
 * @throws GapboardError BAD_MODEL / NOT_FOUND from inspection; BAD_ARGUMENT for a taken name.
 */
export async function registerModel(session: ProjectSession, input: RegisterModelInput): Promise<Model> {
  const abs = path.resolve(session.folder, input.path);
  const facts = await inspectModel(abs);
  const explicit = input.name?.trim();
  if (explicit && session.doc.models.some((m) => m.name === explicit)) {
    throw new GapboardError('BAD_ARGUMENT', `A model named "${explicit}" is already registered; choose another name.`);
  }
  const name = explicit || uniqueName(session.doc, path.basename(abs).replace(/\.onnx$/i, ''));
  if (input.variantOf) findModel(session.doc, input.variantOf.model);
  return session.mutate(`Add model ${name}`, (draft) => {
    const model: Model = {
      id: nextId(draft, 'model'),
      name,
      path: projectRelative(session.folder, abs),
      ...storedFacts(facts),
      ...(input.trainedOn ? { trainedOn: input.trainedOn } : {}),
      addedAt: session.nowIso(),
      ...(input.variantOf ? { variantOf: input.variantOf } : {}),
    };
    draft.models.push(model);
    return model;
  });
}

/** A model by id (`M-2`, `2`) or by name; NOT_FOUND lists what exists. */
export function findModel(doc: ProjectDocument, ref: string): Model {
  const id = normalizeId('model', ref);
  const model = doc.models.find((m) => m.id === id) ?? doc.models.find((m) => m.name === ref);
  if (!model) {
    const names = doc.models.map((m) => `${m.id} ${m.name}`);
    throw new GapboardError(
      'NOT_FOUND',
      `No model "${ref}"${names.length ? ` (models: ${names.join(', ')})` : ' (the project has none yet)'}.`,
    );
  }
  return model;
}

/**
 * Removes a model (undoable). Refused while runs cite it: they are the record of what was
 * measured, and a run naming a model the project no longer has could not be opened again.
 */
export function removeModel(session: ProjectSession, ref: string): void {
  const model = findModel(session.doc, ref);
  const citing = session.doc.runs.filter((r) => r.model === model.id).map((r) => r.id);
  if (citing.length > 0) {
    throw new GapboardError(
      'BAD_ARGUMENT',
      `${model.id} is evaluated by ${citing.join(', ')}; remove those runs first.`,
    );
  }
  session.mutate(`Remove model ${model.name}`, (draft) => {
    draft.models = draft.models.filter((m) => m.id !== model.id);
  });
}

/** Absolute path of a registered model's file. */
export function modelFile(session: ProjectSession, model: Model): string {
  return path.resolve(session.folder, model.path);
}
