/**
 * What a merge can leave pointing at nothing: honouring one side's deletion while the other
 * side added something that names it (a run of a deleted model). Listed, not silently dropped.
 */
import type { ProjectDocument } from '../../../shared/schema.js';

export function checkReferences(doc: ProjectDocument): string[] {
  const out: string[] = [];
  const ids = (list: readonly { id: string }[]) => new Set(list.map((x) => x.id));
  const models = ids(doc.models);
  const runs = ids(doc.runs);
  const reqs = ids(doc.requirements);
  const targets = ids(doc.servingTargets);
  const versions = new Set(doc.datasets.flatMap((d) => d.versions.map((v) => `${d.name}@v${v.version}`)));
  for (const run of doc.runs) {
    if (!models.has(run.model)) out.push(`${run.id} names model ${run.model}, which is not in the merged project.`);
    const ds = run.dataset;
    if (ds && !versions.has(`${ds.name}@v${ds.version}`)) {
      out.push(`${run.id} was evaluated on ${ds.name}@v${ds.version}, which is not in the merged project.`);
    }
  }
  for (const it of doc.iterations) {
    if (it.candidateRun && !runs.has(it.candidateRun)) {
      out.push(`${it.id} names candidate run ${it.candidateRun}, which is not in the merged project.`);
    }
  }
  if (doc.candidate && !runs.has(doc.candidate.run)) {
    out.push(`The chosen candidate ${doc.candidate.run} is not in the merged project.`);
  }
  for (const r of doc.requirements) {
    if (r.servingTarget && !targets.has(r.servingTarget)) {
      out.push(`${r.id} names serving target ${r.servingTarget}, which is not in the merged project.`);
    }
  }
  for (const q of doc.decisions) {
    for (const r of q.requirements)
      if (!reqs.has(r)) out.push(`${q.id} links requirement ${r}, which is not in the merged project.`);
  }
  const open = doc.iterations.filter((it) => it.status === 'open').map((it) => it.id);
  if (open.length > 1) out.push(`${open.join(' and ')} are both open; close one of them.`);
  return out;
}
