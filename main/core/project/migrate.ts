/**
 * Schema migrations: `steps[n]` turns a version-n document into version n+1. Each step is a
 * pure function on plain JSON, so old files can be upgraded without the old code.
 */
import { GapboardError } from './errors.js';
import { SCHEMA_VERSION } from '../../../shared/schema.js';

type Json = Record<string, unknown>;
export type MigrationStep = (doc: Json) => Json;

/**
 * Version 0 was the pre-release layout: Q&A lived under `qa` and there were no counters.
 * Kept so that files from those builds open.
 */
function v0ToV1(doc: Json): Json {
  const { qa, ...rest } = doc;
  const out: Json = { ...rest, schemaVersion: 1 };
  if (out.decisions === undefined) out.decisions = Array.isArray(qa) ? qa : [];
  if (out.counters === undefined) {
    const count = (key: string) => (Array.isArray(out[key]) ? (out[key] as unknown[]).length : 0);
    out.counters = {
      requirement: count('requirements'),
      servingTarget: count('servingTargets'),
      model: count('models'),
      run: count('runs'),
      iteration: count('iterations'),
      qa: count('decisions'),
      batch: 0,
    };
  }
  return out;
}

export const MIGRATIONS: Record<number, MigrationStep> = { 0: v0ToV1 };

export function migrate(doc: Json, from: number, steps: Record<number, MigrationStep> = MIGRATIONS): Json {
  let current = doc;
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = steps[v];
    if (!step) throw new GapboardError('INVALID', `No migration from schemaVersion ${v}.`);
    current = step(current);
  }
  return current;
}
