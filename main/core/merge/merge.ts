/**
 * Merging a teammate's copy of a project into mine: entities matched by their stable ids,
 * theirs renumbered where the same id was created independently for something else, each
 * kind merged (three-way when a common base is given), counters raised past every id.
 */
import { describeIssues } from '../project/document.js';
import { GapboardError } from '../project/errors.js';
import { projectDocumentSchema, type ProjectDocument } from '../../../shared/schema.js';
import { ENTITY_KINDS, flatten, unflatten, type EntityKind, type Flat } from './entities.js';
import { keepReferenced } from './keep-referenced.js';
import { checkReferences } from './references.js';
import { applyRenumbering, listRenumbered, planRenumbering, type Renumbered } from './renumber.js';
import type { MergeReport } from '../../../shared/merge-views.js';
import { mergeKind, type MergeConflict, type Side } from './three-way.js';

export type { MergeConflict, Side } from './three-way.js';
export type { Renumbered } from './renumber.js';

export interface MergeOptions {
  /** The common ancestor; without it nothing counts as deleted and every difference conflicts. */
  base?: ProjectDocument | null;
  /** Per conflict key (`requirement:R-3`): which side wins. Unresolved conflicts keep mine. */
  resolutions?: Readonly<Record<string, Side>>;
}

/** What a merge did (as its report says, less the file checks) and the merged document. */
export interface MergeResult extends Omit<MergeReport, 'missingFiles'> {
  /** The merged document; unresolved conflicts hold mine. */
  doc: ProjectDocument;
}

const COUNTER_OF: Partial<Record<EntityKind, keyof ProjectDocument['counters']>> = {
  servingTarget: 'servingTarget',
  requirement: 'requirement',
  model: 'model',
  run: 'run',
  iteration: 'iteration',
  decision: 'qa',
};

const idNumber = (id: string) => Number(/(\d+)$/.exec(id)?.[1] ?? 0);

function counterFloors(docs: readonly ProjectDocument[]): Partial<Record<EntityKind, number>> {
  const floors: Partial<Record<EntityKind, number>> = {};
  for (const [kind, counter] of Object.entries(COUNTER_OF)) {
    floors[kind as EntityKind] = Math.max(...docs.map((d) => d.counters[counter]));
  }
  return floors;
}

/** Batch ids live inside dataset versions; two batches added apart under one id get a new one. */
function uniqueBatchIds(doc: ProjectDocument, floor: number): { counter: number; renumbered: Renumbered[] } {
  let counter = floor;
  for (const ds of doc.datasets)
    for (const v of ds.versions) for (const b of v.batches) counter = Math.max(counter, idNumber(b.id));
  const seen = new Set<string>();
  const renumbered: Renumbered[] = [];
  for (const ds of doc.datasets) {
    for (const v of ds.versions) {
      for (const b of v.batches) {
        if (seen.has(b.id)) {
          const to = `LB-${++counter}`;
          renumbered.push({ kind: 'datasetVersion', from: `${ds.name}@v${v.version} ${b.id}`, to });
          b.id = to;
        }
        seen.add(b.id);
      }
    }
  }
  return { counter, renumbered };
}

/**
 * Merges `theirs` into `mine`. Pure: returns the merged document and what happened (conflicts,
 * renumbering, deletions, what was taken, warnings); throws only when the result would not be
 * a valid project (which names the place).
 */
export function mergeDocuments(mine: ProjectDocument, theirs: ProjectDocument, opts: MergeOptions = {}): MergeResult {
  const base = opts.base ?? null;
  const resolutions = opts.resolutions ?? {};
  const flatMine = flatten(mine);
  const flatBase = base ? flatten(base) : null;
  const docs = base ? [mine, theirs, base] : [mine, theirs];
  const maps = planRenumbering(flatMine, flatten(theirs), flatBase, counterFloors(docs));
  const flatTheirs = flatten(applyRenumbering(theirs, maps));
  const merged = {} as Flat;
  const conflicts: MergeConflict[] = [];
  const deleted: MergeResult['deleted'] = [];
  const taken: MergeResult['taken'] = [];
  const updated: MergeResult['updated'] = [];
  for (const kind of ENTITY_KINDS) {
    const r = mergeKind(kind, flatBase?.[kind] ?? null, flatMine[kind], flatTheirs[kind], resolutions);
    merged[kind] = r.merged;
    conflicts.push(...r.conflicts);
    deleted.push(...r.deleted.map((d) => ({ kind, id: d.key, by: d.by })));
    taken.push(...r.taken.map((id) => ({ kind, id })));
    updated.push(...r.updated.map((id) => ({ kind, id })));
  }
  const { kept } = keepReferenced(merged, deleted, [flatMine, flatTheirs]);
  const keptWarnings = kept.map(
    (k) => `${k.kind} ${k.id} was deleted on one side but the merged project still uses it, so it was kept.`,
  );
  const honoured = deleted.filter((d) => !kept.some((k) => k.kind === d.kind && k.id === d.id));
  const counters = { ...mine.counters };
  for (const key of Object.keys(counters) as (keyof typeof counters)[]) {
    counters[key] = Math.max(...docs.map((d) => d.counters[key]));
  }
  for (const [kind, counter] of Object.entries(COUNTER_OF)) {
    for (const id of merged[kind as EntityKind].keys()) counters[counter] = Math.max(counters[counter], idNumber(id));
  }
  const doc = rebuild(merged, counters, mine.schemaVersion);
  const batches = uniqueBatchIds(doc, counters.batch);
  doc.counters.batch = batches.counter;
  const parsed = projectDocumentSchema.safeParse(doc);
  if (!parsed.success) {
    throw new GapboardError('INVALID', `The merged project would not be valid: ${describeIssues(parsed.error)}.`);
  }
  return {
    doc: parsed.data,
    conflicts,
    unresolved: conflicts.filter((c) => !resolutions[c.key]).map((c) => c.key),
    renumbered: [...listRenumbered(maps), ...batches.renumbered],
    deleted: honoured,
    taken,
    updated,
    warnings: [...keptWarnings, ...checkReferences(parsed.data)],
  };
}

function rebuild(flat: Flat, counters: ProjectDocument['counters'], schemaVersion: number): ProjectDocument {
  return structuredClone(unflatten(flat, counters, schemaVersion));
}
