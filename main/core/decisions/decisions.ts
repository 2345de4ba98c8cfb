/**
 * The Q&A and decisions log: questions between planning, modeling and vendors, their answers,
 * and what each changed — linked to the requirements and dataset versions it touched, so the
 * board can show them on the cards they affect.
 */
import { GapboardError } from '../project/errors.js';
import { nextId, normalizeId } from '../project/ids.js';
import type { Decision, ProjectDocument } from '../../../shared/schema.js';
import type { ProjectSession } from '../project/session.js';

export type DecisionStatus = Decision['status'];

export interface DecisionInput {
  question: string;
  answer?: string;
  askedBy?: string;
  answeredBy?: string;
  /** Default: answered when there is an answer, open otherwise. */
  status?: DecisionStatus;
  /** What the answer changed (a requirement, a work guide, a dataset version), in words. */
  changed?: string;
  requirements?: string[];
  datasets?: { name: string; version: number }[];
  at?: string;
}

export type DecisionPatch = Partial<DecisionInput>;

/** Looks a decision up by `4`, `#4` or `Q-4`. */
export function findDecision(doc: ProjectDocument, id: string): Decision {
  const norm = normalizeId('qa', id);
  const d = doc.decisions.find((x) => x.id === norm);
  if (!d) throw new GapboardError('NOT_FOUND', `There is no Q&A entry ${norm} in this project.`);
  return d;
}

function checkLinks(doc: ProjectDocument, input: DecisionPatch): void {
  if (input.question !== undefined && input.question.trim() === '') {
    throw new GapboardError('BAD_ARGUMENT', 'A Q&A entry needs a question.');
  }
  for (const r of input.requirements ?? []) {
    if (!doc.requirements.some((x) => x.id === r))
      throw new GapboardError('NOT_FOUND', `There is no requirement ${r} in this project.`);
  }
  for (const d of input.datasets ?? []) {
    const ok = doc.datasets.find((x) => x.name === d.name)?.versions.some((v) => v.version === d.version);
    if (!ok)
      throw new GapboardError('NOT_FOUND', `There is no dataset version ${d.name}@v${d.version} in this project.`);
  }
}

const uniq = <T>(xs: readonly T[], key: (x: T) => string): T[] => {
  const seen = new Set<string>();
  return xs.filter((x) => !seen.has(key(x)) && seen.add(key(x)));
};

/** Adds an entry to the log and returns it with its new id. */
export function addDecision(session: ProjectSession, input: DecisionInput): Decision {
  checkLinks(session.doc, input);
  const id = session.mutate('Add Q&A entry', (draft) => {
    const answer = input.answer ?? '';
    const d: Decision = {
      id: nextId(draft, 'qa'),
      question: input.question.trim(),
      answer,
      askedBy: input.askedBy ?? '',
      answeredBy: input.answeredBy ?? '',
      status: input.status ?? (answer.trim() ? 'answered' : 'open'),
      at: input.at ?? session.nowIso(),
      changed: input.changed ?? '',
      requirements: uniq(input.requirements ?? [], (r) => r),
      datasets: uniq(input.datasets ?? [], (x) => `${x.name}@${x.version}`).map((x) => ({ ...x })),
    };
    draft.decisions.push(d);
    return d.id;
  });
  return findDecision(session.doc, id);
}

/** Edits an entry (only the fields given). */
export function updateDecision(session: ProjectSession, id: string, patch: DecisionPatch): Decision {
  const current = findDecision(session.doc, id);
  checkLinks(session.doc, patch);
  session.mutate(`Edit ${current.id}`, (draft) => {
    const d = draft.decisions.find((x) => x.id === current.id)!;
    if (patch.question !== undefined) d.question = patch.question.trim();
    if (patch.answer !== undefined) d.answer = patch.answer;
    if (patch.askedBy !== undefined) d.askedBy = patch.askedBy;
    if (patch.answeredBy !== undefined) d.answeredBy = patch.answeredBy;
    if (patch.status !== undefined) d.status = patch.status;
    if (patch.changed !== undefined) d.changed = patch.changed;
    if (patch.at !== undefined) d.at = patch.at;
    if (patch.requirements !== undefined) d.requirements = uniq(patch.requirements, (r) => r);
    if (patch.datasets !== undefined)
      d.datasets = uniq(patch.datasets, (x) => `${x.name}@${x.version}`).map((x) => ({ ...x }));
  });
  return findDecision(session.doc, current.id);
}

/** Deletes an entry; requirements naming it as their source stop doing so. */
export function removeDecision(session: ProjectSession, id: string): void {
  const current = findDecision(session.doc, id);
  session.mutate(`Delete ${current.id}`, (draft) => {
    draft.decisions = draft.decisions.filter((d) => d.id !== current.id);
    for (const r of draft.requirements) if (r.source.qa === current.id) delete r.source.qa;
  });
}
