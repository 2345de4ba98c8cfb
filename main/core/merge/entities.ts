/**
 * A project document seen as keyed entities, the unit a merge compares: requirements, serving
 * targets, models, runs, iterations and Q&A by their stable ids, datasets by name, dataset
 * versions by `name@vN`, and the project's own fields (name, description, team) as one entity.
 */
import type { ProjectDocument } from '../../../shared/schema.js';

import { ENTITY_KINDS, type EntityKind } from '../../../shared/merge-views.js';

export { ENTITY_KINDS, type EntityKind };

export type Entity = Record<string, unknown>;
/** Entities of one kind by key, in document order. */
export type EntityMap = Map<string, Entity>;
export type Flat = Record<EntityKind, EntityMap>;

/** Top-level keys the merge knows how to take apart; any other key rides on the project entity. */
const COLLECTIONS = [
  'format',
  'schemaVersion',
  'counters',
  'servingTargets',
  'requirements',
  'datasets',
  'models',
  'runs',
  'iterations',
  'decisions',
];

const ID_COLLECTIONS = {
  servingTarget: 'servingTargets',
  requirement: 'requirements',
  model: 'models',
  run: 'runs',
  iteration: 'iterations',
  decision: 'decisions',
} as const;

const TOP = 'top:';

export const versionKey = (dataset: string, version: number) => `${dataset}@v${version}`;

export function splitVersionKey(key: string): { dataset: string; version: number } {
  const at = key.lastIndexOf('@v');
  return { dataset: key.slice(0, at), version: Number(key.slice(at + 2)) };
}

export function flatten(doc: ProjectDocument): Flat {
  const raw = doc as unknown as Record<string, unknown>;
  const flat = Object.fromEntries(ENTITY_KINDS.map((k) => [k, new Map()])) as Flat;
  // The project's own fields merge one by one (name, description, team); top-level keys this
  // merge does not know ride along under a prefix, so nothing a newer document holds is lost.
  const project: Entity = { ...doc.project };
  for (const [k, v] of Object.entries(raw)) if (!COLLECTIONS.includes(k) && k !== 'project') project[`${TOP}${k}`] = v;
  flat.project.set('project', project);
  for (const [kind, field] of Object.entries(ID_COLLECTIONS)) {
    for (const e of raw[field] as Entity[]) flat[kind as EntityKind].set(e.id as string, e);
  }
  for (const ds of doc.datasets) {
    const { versions, ...rest } = ds;
    flat.dataset.set(ds.name, rest);
    for (const v of versions) flat.datasetVersion.set(versionKey(ds.name, v.version), v);
  }
  return flat;
}

/** Rebuilds a document from merged entities; `counters` are computed by the caller. */
export function unflatten(flat: Flat, counters: ProjectDocument['counters'], schemaVersion: number): ProjectDocument {
  const project = flat.project.get('project') ?? {};
  const versionsOf = new Map<string, Entity[]>();
  for (const [key, v] of flat.datasetVersion) {
    const { dataset } = splitVersionKey(key);
    versionsOf.set(dataset, [...(versionsOf.get(dataset) ?? []), v]);
  }
  const datasets: Entity[] = [...flat.dataset].map(([name, d]) => ({ ...d, versions: versionsOf.get(name) ?? [] }));
  // A version whose dataset entry was deleted on one side keeps a dataset to live in.
  for (const [name, versions] of versionsOf) {
    if (!flat.dataset.has(name)) datasets.push({ name, description: '', versions });
  }
  for (const d of datasets) (d.versions as { version: number }[]).sort((a, b) => a.version - b.version);
  const info: Entity = {};
  const extra: Entity = {};
  for (const [k, v] of Object.entries(project)) {
    if (k.startsWith(TOP)) extra[k.slice(TOP.length)] = v;
    else info[k] = v;
  }
  const out: Record<string, unknown> = {
    format: 'gapboard',
    schemaVersion,
    project: info,
    counters,
    servingTargets: [...flat.servingTarget.values()],
    requirements: [...flat.requirement.values()],
    datasets,
    models: [...flat.model.values()],
    runs: [...flat.run.values()],
    iterations: [...flat.iteration.values()],
    decisions: [...flat.decision.values()],
    ...extra,
  };
  return out as unknown as ProjectDocument;
}

/**
 * What an entity IS, independent of later edits: two entities created independently under the
 * same id differ here, while two copies of one entity edited apart agree. Only fields that no
 * edit changes are used (creation time, the metric a requirement was created with, a model's
 * file hash).
 */
export function identity(kind: EntityKind, e: Entity): string {
  switch (kind) {
    case 'requirement': {
      const history = (e.history as { field: string; from: unknown }[] | undefined) ?? [];
      const firstMetric = history.find((h) => h.field === 'metric')?.from ?? e.metric;
      return `${String(e.createdAt)}|${String(firstMetric)}`;
    }
    case 'servingTarget':
      return String(e.name);
    case 'model':
      return String(e.sha256);
    case 'run':
    case 'iteration':
      return String(e.startedAt);
    case 'decision':
      return `${String(e.at)}|${String(e.askedBy)}`;
    case 'datasetVersion':
      return `${String(e.createdAt)}|${String(e.source)}`;
    default:
      return '';
  }
}

/** A name a person recognises in a conflict list. */
export function entityLabel(kind: EntityKind, key: string, e: Entity | undefined): string {
  if (!e) return key;
  switch (kind) {
    case 'requirement':
      return `${key} ${String(e.title || e.metric)}`;
    case 'servingTarget':
    case 'model':
    case 'iteration':
      return `${key} ${String(e.name)}`;
    case 'decision':
      return `${key} ${String(e.question)}`;
    case 'project':
      return typeof e.name === 'string' ? e.name : 'project';
    default:
      return key;
  }
}
