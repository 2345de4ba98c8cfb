/**
 * A deletion honoured from one side must not leave the other side's additions pointing at
 * nothing (their new run of a model I deleted). Such an entity is kept, and the merge says so;
 * links from Q&A to a deleted requirement are dropped, as deleting a requirement in the app does.
 */
import type { EntityKind, Flat } from './entities.js';

type Ref = { name: string; version: number };
const vkey = (r: Ref | undefined) => (r ? `${r.name}@v${r.version}` : undefined);

/** Keys of every entity some merged entity names, per kind. */
function referenced(flat: Flat): Partial<Record<EntityKind, Set<string>>> {
  const model = new Set<string>();
  const run = new Set<string>();
  const servingTarget = new Set<string>();
  const datasetVersion = new Set<string>();
  const addVersion = (r: Ref | undefined) => {
    const k = vkey(r);
    if (k) datasetVersion.add(k);
  };
  for (const r of flat.run.values()) {
    model.add(r.model as string);
    addVersion(r.dataset as Ref | undefined);
  }
  for (const it of flat.iteration.values()) {
    if (typeof it.candidateRun === 'string') run.add(it.candidateRun);
    for (const d of it.datasets as Ref[]) addVersion(d);
  }
  const top = flat.project.get('project')?.['top:candidateRun'];
  if (typeof top === 'string') run.add(top);
  for (const r of flat.requirement.values()) {
    if (typeof r.servingTarget === 'string') servingTarget.add(r.servingTarget);
    const scope = r.scope as { dataset?: string; version?: number };
    if (scope.dataset && scope.version !== undefined) addVersion({ name: scope.dataset, version: scope.version });
  }
  for (const m of flat.model.values()) {
    const on = m.trainedOn as { dataset: string; version: number } | undefined;
    if (on) addVersion({ name: on.dataset, version: on.version });
  }
  for (const q of flat.decision.values()) for (const d of q.datasets as Ref[]) addVersion(d);
  for (const [key, v] of flat.datasetVersion) {
    if (typeof v.parent === 'number') addVersion({ name: key.slice(0, key.lastIndexOf('@v')), version: v.parent });
  }
  return { model, run, servingTarget, datasetVersion };
}

/**
 * Puts back deleted entities the merged project still names (taken from the side that kept
 * them) and returns what was kept; strips Q&A links to requirements that are gone.
 */
export function keepReferenced(
  merged: Flat,
  deleted: { kind: EntityKind; id: string }[],
  sides: readonly Flat[],
): { kept: { kind: EntityKind; id: string }[] } {
  const kept: { kind: EntityKind; id: string }[] = [];
  // Putting one back can make it name another (a run's model): repeat until nothing changes.
  for (let changed = true; changed;) {
    changed = false;
    const refs = referenced(merged);
    for (const d of deleted) {
      if (merged[d.kind].has(d.id) || !refs[d.kind]?.has(d.id)) continue;
      const entity = sides.map((s) => s[d.kind].get(d.id)).find((e) => e !== undefined);
      if (!entity) continue;
      merged[d.kind].set(d.id, entity);
      kept.push({ kind: d.kind, id: d.id });
      changed = true;
    }
  }
  for (const [key, q] of merged.decision) {
    const links = q.requirements as string[];
    if (links.some((r) => !merged.requirement.has(r))) {
      // A new object: the merged entities share objects with the documents passed in.
      merged.decision.set(key, { ...q, requirements: links.filter((r) => merged.requirement.has(r)) });
    }
  }
  return { kept };
}
