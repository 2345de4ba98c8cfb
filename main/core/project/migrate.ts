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
    // The highest number in use, not the count: ids deleted in those builds left gaps, and a
    // counter below an existing id would hand that id out again.
    const highest = (items: unknown): number =>
      Array.isArray(items)
        ? items.reduce<number>((max, item) => {
            const id = (item as { id?: unknown } | null)?.id;
            const n = typeof id === 'string' ? Number(/-(\d+)$/.exec(id)?.[1] ?? 0) : 0;
            return Math.max(max, n);
          }, items.length)
        : 0;
    const batches = Array.isArray(out.datasets)
      ? (out.datasets as { versions?: { batches?: unknown[] }[] }[]).flatMap((d) =>
          (d.versions ?? []).flatMap((v) => v.batches ?? []),
        )
      : [];
    out.counters = {
      requirement: highest(out.requirements),
      servingTarget: highest(out.servingTargets),
      model: highest(out.models),
      run: highest(out.runs),
      iteration: highest(out.iterations),
      qa: highest(out.decisions),
      batch: batches.length ? highest(batches) : 0,
    };
  }
  return out;
}

export const MIGRATIONS: Record<number, MigrationStep> = { 0: v0ToV1 };

/**
 * The last version the plain-JSON steps reach: going from 1 to 2 moves per-sample data into
 * the store, which needs the file's place on disk (see `migrate-store.ts`).
 */
export const LAST_JSON_STEP_TARGET = 1;

export function migrate(
  doc: Json,
  from: number,
  steps: Record<number, MigrationStep> = MIGRATIONS,
  to: number = Math.min(SCHEMA_VERSION, LAST_JSON_STEP_TARGET),
): Json {
  let current = doc;
  for (let v = from; v < to; v++) {
    const step = steps[v];
    if (!step) throw new GapboardError('INVALID', `No migration from schemaVersion ${v}.`);
    current = step(current);
  }
  return current;
}
