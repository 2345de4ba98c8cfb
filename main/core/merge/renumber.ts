/**
 * The same id created independently on both sides for different things (two people each added
 * "R-5"): theirs is given a fresh id, and every reference to it in their copy follows, so the
 * merged file holds both and nothing points at the wrong one.
 */
import type { ProjectDocument } from '../../../shared/schema.js';
import { deepEqual } from './deep-equal.js';
import { identity, splitVersionKey, type EntityKind, type Flat } from './entities.js';
import type { Renumbered } from '../../../shared/merge-views.js';

/** Kinds with numbered ids, in the order their references depend on each other. */
const NUMBERED: readonly Exclude<EntityKind, 'project' | 'dataset'>[] = [
  'servingTarget',
  'model',
  'datasetVersion',
  'requirement',
  'decision',
  'run',
  'iteration',
];

export type { Renumbered } from '../../../shared/merge-views.js';

/** Old key → new key, per kind (dataset versions keyed `name@vN`). */
export type IdMaps = Partial<Record<EntityKind, Map<string, string>>>;

const numberOf = (key: string) => Number(/(\d+)$/.exec(key)?.[1] ?? 0);

function nextKey(kind: EntityKind, key: string, taken: Set<string>, floor: number): string {
  if (kind === 'datasetVersion') {
    const { dataset } = splitVersionKey(key);
    let n = 0;
    for (const k of taken) if (splitVersionKey(k).dataset === dataset) n = Math.max(n, splitVersionKey(k).version);
    return `${dataset}@v${n + 1}`;
  }
  const prefix = key.replace(/\d+$/, '');
  let n = floor;
  for (const k of taken) n = Math.max(n, numberOf(k));
  return `${prefix}${n + 1}`;
}

/**
 * Finds theirs' entities whose id mine uses for something else. Each is mapped to mine's copy of
 * the same thing when mine holds it under another id (a previous merge renumbered it), else to
 * a fresh id above every id either side or the base has used.
 */
export function planRenumbering(
  mine: Flat,
  theirs: Flat,
  base: Flat | null,
  floors: Partial<Record<EntityKind, number>>,
): IdMaps {
  const maps: IdMaps = {};
  for (const kind of NUMBERED) {
    const map = new Map<string, string>();
    const taken = new Set([...mine[kind].keys(), ...theirs[kind].keys(), ...(base ? base[kind].keys() : [])]);
    const used = new Set<string>();
    for (const [key, t] of theirs[kind]) {
      const m = mine[kind].get(key);
      if (!m || base?.[kind].has(key) || deepEqual(m, t)) continue;
      const id = identity(kind, t);
      if (identity(kind, m) === id) continue;
      let target: string | undefined;
      for (const [mk, me] of mine[kind]) {
        if (mk === key || used.has(mk) || identity(kind, me) !== id) continue;
        const other = theirs[kind].get(mk);
        if (other && identity(kind, other) === identity(kind, me)) continue;
        target = mk;
        break;
      }
      target ??= nextKey(kind, key, taken, floors[kind] ?? 0);
      taken.add(target);
      used.add(target);
      map.set(key, target);
    }
    if (map.size) maps[kind] = map;
  }
  return maps;
}

/** Replaces whole-token ids (`RUN-5`, `digits@v3`) inside free text such as scorecard evidence. */
function rewriteText(text: string, maps: IdMaps): string {
  let out = text;
  const runs = maps.run;
  if (runs) out = out.replace(/\bRUN-\d+(?!\d)/g, (id) => runs.get(id) ?? id);
  const versions = maps.datasetVersion;
  if (versions) out = out.replace(/([A-Za-z0-9][A-Za-z0-9._-]*)@v(\d+)(?!\d)/g, (key) => versions.get(key) ?? key);
  return out;
}

/** Their document with every renumbered id and every reference to it rewritten. */
export function applyRenumbering(doc: ProjectDocument, maps: IdMaps): ProjectDocument {
  if (Object.keys(maps).length === 0) return doc;
  const d = structuredClone(doc);
  const id = (kind: EntityKind, v: string) => maps[kind]?.get(v) ?? v;
  const opt = (kind: EntityKind, v: string | undefined) => (v === undefined ? v : id(kind, v));
  const ref = (r: { name: string; version: number }) => {
    const next = maps.datasetVersion?.get(`${r.name}@v${r.version}`);
    if (next) r.version = splitVersionKey(next).version;
  };
  for (const st of d.servingTargets) st.id = id('servingTarget', st.id);
  for (const m of d.models) {
    m.id = id('model', m.id);
    if (m.trainedOn) {
      const next = maps.datasetVersion?.get(`${m.trainedOn.dataset}@v${m.trainedOn.version}`);
      if (next) m.trainedOn.version = splitVersionKey(next).version;
    }
  }
  for (const ds of d.datasets) {
    for (const v of ds.versions) {
      const key = `${ds.name}@v${v.version}`;
      const parent = v.parent === undefined ? undefined : maps.datasetVersion?.get(`${ds.name}@v${v.parent}`);
      if (parent) v.parent = splitVersionKey(parent).version;
      const next = maps.datasetVersion?.get(key);
      if (next) v.version = splitVersionKey(next).version;
      for (const b of v.batches) for (const q of b.qa) q.requirement = opt('requirement', q.requirement);
    }
  }
  for (const r of d.requirements) {
    r.id = id('requirement', r.id);
    if (r.servingTarget) r.servingTarget = id('servingTarget', r.servingTarget);
    if (r.source.qa) r.source.qa = id('decision', r.source.qa);
    if (r.scope.dataset && r.scope.version !== undefined) {
      const s = { name: r.scope.dataset, version: r.scope.version };
      ref(s);
      r.scope.version = s.version;
    }
    for (const e of r.manual?.evidence ?? []) if (e.qa) e.qa = id('decision', e.qa);
    for (const j of r.manual?.judgments ?? []) if (j.iteration) j.iteration = id('iteration', j.iteration);
  }
  for (const q of d.decisions) {
    q.id = id('decision', q.id);
    q.requirements = q.requirements.map((r) => id('requirement', r));
    q.datasets.forEach(ref);
  }
  for (const run of d.runs) {
    run.id = id('run', run.id);
    run.model = id('model', run.model);
    if (run.dataset) ref(run.dataset);
  }
  for (const it of d.iterations) {
    it.id = id('iteration', it.id);
    if (it.candidateRun) it.candidateRun = id('run', it.candidateRun);
    it.datasets.forEach(ref);
    for (const row of it.scorecard) {
      row.requirement = id('requirement', row.requirement);
      row.evidence = rewriteText(row.evidence, maps);
    }
  }
  // The run the team chose as its candidate follows its run's new id.
  if (d.candidate) d.candidate.run = id('run', d.candidate.run);
  return d;
}

/** The renumbering as a flat list for reports. */
export function listRenumbered(maps: IdMaps): Renumbered[] {
  const out: Renumbered[] = [];
  for (const [kind, map] of Object.entries(maps)) {
    for (const [from, to] of map) out.push({ kind: kind as EntityKind, from, to });
  }
  return out;
}
