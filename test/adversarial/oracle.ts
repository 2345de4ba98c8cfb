/**
 * An independent statement of what a consistent project is, for the fuzzer to check loaded
 * files against. Written apart from the loader's own checks (plain loops, no shared table), so
 * a mistake in one is caught by the other.
 */
import type { ProjectDocument } from '../../shared/schema.js';

export function consistencyProblems(doc: ProjectDocument): string[] {
  const problems: string[] = [];
  const lists: [string, { id: string }[], keyof ProjectDocument['counters']][] = [
    ['servingTargets', doc.servingTargets, 'servingTarget'],
    ['requirements', doc.requirements, 'requirement'],
    ['models', doc.models, 'model'],
    ['runs', doc.runs, 'run'],
    ['iterations', doc.iterations, 'iteration'],
    ['decisions', doc.decisions, 'qa'],
    ['batches', doc.datasets.flatMap((d) => d.versions.flatMap((v) => v.batches)), 'batch'],
  ];
  for (const [name, items, counter] of lists) {
    const ids = items.map((i) => i.id);
    if (new Set(ids).size !== ids.length) problems.push(`${name}: duplicate ids`);
    for (const id of ids) {
      const n = Number(id.slice(id.lastIndexOf('-') + 1));
      if (n > doc.counters[counter]) problems.push(`${name}: ${id} above counter ${doc.counters[counter]}`);
    }
  }
  const names = doc.datasets.map((d) => d.name);
  if (new Set(names).size !== names.length) problems.push('datasets: duplicate names');
  for (const d of doc.datasets) {
    const versions = d.versions.map((v) => v.version);
    if (new Set(versions).size !== versions.length) problems.push(`${d.name}: duplicate versions`);
  }
  const has = (list: { id: string }[], id: string) => list.some((x) => x.id === id);
  for (const run of doc.runs) {
    if (!has(doc.models, run.model)) problems.push(`${run.id}: model ${run.model} missing`);
    const ds = run.dataset;
    if (ds && !doc.datasets.some((d) => d.name === ds.name && d.versions.some((v) => v.version === ds.version))) {
      problems.push(`${run.id}: dataset ${ds.name}@v${ds.version} missing`);
    }
  }
  for (const it of doc.iterations) {
    if (it.candidateRun !== undefined && !has(doc.runs, it.candidateRun)) problems.push(`${it.id}: run missing`);
  }
  for (const r of doc.requirements) {
    if (r.servingTarget !== undefined && !has(doc.servingTargets, r.servingTarget)) {
      problems.push(`${r.id}: serving target missing`);
    }
    if (r.source.qa !== undefined && !has(doc.decisions, r.source.qa)) problems.push(`${r.id}: Q&A missing`);
  }
  return problems;
}
