/**
 * Merging one kind of entity: what only one side has is taken; with a common base, a change
 * on one side only is taken and a deletion is honoured; the same entity changed differently on
 * both sides is a conflict, listed field by field and settled per entity (mine or theirs).
 */
import { deepEqual, preview } from './deep-equal.js';
import { entityLabel, type Entity, type EntityKind, type EntityMap } from './entities.js';
import type { ConflictField, MergeConflict, Side } from '../../../shared/merge-views.js';

export type { ConflictField, MergeConflict, Side } from '../../../shared/merge-views.js';

export interface KindResult {
  merged: EntityMap;
  conflicts: MergeConflict[];
  /** Keys dropped because one side deleted them and the other left them as they were. */
  deleted: { key: string; by: Side }[];
  /** Keys only theirs had, taken over. */
  taken: string[];
  /** Keys both had where something of theirs was taken. */
  updated: string[];
}

/**
 * Fields a closed iteration freezes. Closing is one-way, so a copy that closed an iteration
 * wins these over one where it is still open; they move together, never field by field.
 */
const FROZEN_ITERATION_FIELDS = ['name', 'status', 'closedAt', 'candidateRun', 'datasets', 'scorecard'];

function closedSide(kind: EntityKind, m: Entity, t: Entity): Side | null {
  if (kind !== 'iteration' || m.status === t.status) return null;
  return m.status === 'closed' ? 'mine' : 'theirs';
}

function mergeFields(
  kind: EntityKind,
  b: Entity | undefined,
  m: Entity,
  t: Entity,
  resolution: Side | undefined,
): { value: Entity; fields: ConflictField[] } {
  const value: Entity = {};
  const fields: ConflictField[] = [];
  const keys = [...new Set([...Object.keys(m), ...Object.keys(t)])];
  const closed = closedSide(kind, m, t);
  // A scorecard frozen in the base stays as it was whatever either copy says.
  const frozenInBase = kind === 'iteration' && b?.status === 'closed';
  for (const f of keys) {
    const mv = m[f];
    const tv = t[f];
    let v: unknown;
    if (frozenInBase && FROZEN_ITERATION_FIELDS.includes(f)) v = b[f];
    else if (closed && FROZEN_ITERATION_FIELDS.includes(f)) v = closed === 'mine' ? mv : tv;
    else if (deepEqual(mv, tv)) v = mv;
    else if (b && deepEqual(mv, b[f])) v = tv;
    else if (b && deepEqual(tv, b[f])) v = mv;
    else {
      fields.push({ field: f, base: b ? preview(b[f]) : null, mine: preview(mv), theirs: preview(tv) });
      v = resolution === 'theirs' ? tv : mv;
    }
    if (v !== undefined) value[f] = v;
  }
  return { value, fields };
}

function deletionConflict(kind: EntityKind, key: string, b: Entity, kept: Entity, by: Side): MergeConflict {
  const fields: ConflictField[] = [];
  for (const f of Object.keys(kept)) {
    if (deepEqual(kept[f], b[f])) continue;
    const shown = preview(kept[f]);
    fields.push({
      field: f,
      base: preview(b[f]),
      mine: by === 'mine' ? '—' : shown,
      theirs: by === 'mine' ? shown : '—',
    });
  }
  const type = by === 'mine' ? 'deleted-by-mine' : 'deleted-by-theirs';
  return { key: `${kind}:${key}`, kind, id: key, label: entityLabel(kind, key, kept), type, fields };
}

/**
 * Merges the entities of one kind. `base` is null without a common ancestor (then nothing can
 * be told apart as a deletion, and every difference on a shared id is a conflict).
 */
export function mergeKind(
  kind: EntityKind,
  base: EntityMap | null,
  mine: EntityMap,
  theirs: EntityMap,
  resolutions: Readonly<Record<string, Side>>,
): KindResult {
  const merged: EntityMap = new Map();
  const conflicts: MergeConflict[] = [];
  const deleted: KindResult['deleted'] = [];
  const taken: string[] = [];
  const updated: string[] = [];
  const keys = [...new Set([...mine.keys(), ...theirs.keys()])];
  for (const key of keys) {
    const ck = `${kind}:${key}`;
    const b = base?.get(key);
    const m = mine.get(key);
    const t = theirs.get(key);
    if (m && t) {
      if (deepEqual(m, t)) {
        merged.set(key, m);
        continue;
      }
      const { value, fields } = mergeFields(kind, b, m, t, resolutions[ck]);
      if (fields.length) {
        conflicts.push({ key: ck, kind, id: key, label: entityLabel(kind, key, m), type: 'both-changed', fields });
      }
      merged.set(key, value);
      if (!deepEqual(value, m)) updated.push(key);
      continue;
    }
    const present = (m ?? t)!;
    const side: Side = m ? 'mine' : 'theirs';
    const other: Side = m ? 'theirs' : 'mine';
    if (!b) {
      merged.set(key, present);
      if (side === 'theirs') taken.push(key);
      continue;
    }
    // In the base and on one side only: the other side deleted it.
    if (deepEqual(present, b)) {
      deleted.push({ key, by: other });
      continue;
    }
    conflicts.push(deletionConflict(kind, key, b, present, other));
    if ((resolutions[ck] ?? 'mine') === side) merged.set(key, present);
  }
  return { merged, conflicts, deleted, taken, updated };
}
