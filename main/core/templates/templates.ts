/**
 * Listing, saving and applying requirement templates: built-ins first, then the user's own;
 * applying adds the requirements (and the serving targets they name) to a project.
 */
import { GapboardError } from '../project/errors.js';
import { nextId } from '../project/ids.js';
import { MANUAL_METRIC, type ProjectDocument, type Requirement } from '../../../shared/schema.js';
import type { ProjectSession } from '../project/session.js';
import { BUILTIN_TEMPLATES } from './builtin.js';
import type { TemplateStore } from './store.js';
import {
  localize,
  type ApplyResult,
  type RequirementTemplate,
  type TemplateServingTarget,
} from '../../../shared/templates.js';

export type { ApplyResult } from '../../../shared/templates.js';

export type Language = 'en' | 'ko';

export async function listTemplates(store: TemplateStore): Promise<RequirementTemplate[]> {
  return [...structuredClone(BUILTIN_TEMPLATES), ...(await store.list())];
}

export async function findTemplate(store: TemplateStore, id: string): Promise<RequirementTemplate> {
  const found = (await listTemplates(store)).find((t) => t.id === id);
  if (!found) {
    const known = (await listTemplates(store)).map((t) => t.id).join(', ');
    throw new GapboardError('NOT_FOUND', `There is no template "${id}" (there are: ${known}).`);
  }
  return found;
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '') || 'template';

/**
 * Saves requirements of a project (all, or the ids given) as the user's template, with the
 * serving targets they name. Scopes keep only split and slice: datasets belong to a project.
 */
export async function saveTemplate(
  store: TemplateStore,
  doc: ProjectDocument,
  input: { name: string; description?: string; requirements?: string[] },
): Promise<RequirementTemplate> {
  const name = input.name.trim();
  if (!name) throw new GapboardError('BAD_ARGUMENT', 'A template needs a name.');
  const mine = await store.list();
  if ([...BUILTIN_TEMPLATES, ...mine].some((t) => localize(t.name, 'en') === name || localize(t.name, 'ko') === name)) {
    throw new GapboardError('BAD_ARGUMENT', `A template named "${name}" already exists; choose another name.`);
  }
  const wanted = input.requirements;
  for (const id of wanted ?? []) {
    if (!doc.requirements.some((r) => r.id === id))
      throw new GapboardError('NOT_FOUND', `There is no requirement ${id} in this project.`);
  }
  const reqs = doc.requirements.filter((r) => !wanted || wanted.includes(r.id));
  if (reqs.length === 0)
    throw new GapboardError('BAD_ARGUMENT', 'The project has no requirements to save as a template.');
  const targets = doc.servingTargets.filter((st) => reqs.some((r) => r.servingTarget === st.id));
  let id = `user-${slug(name)}`;
  for (let n = 2; mine.some((t) => t.id === id); n++) id = `user-${slug(name)}-${n}`;
  const template: RequirementTemplate = {
    id,
    builtIn: false,
    name,
    description: input.description?.trim() ?? '',
    servingTargets: targets.map((st) => ({
      key: st.id,
      name: st.name,
      mode: st.mode,
      hardware: { ...st.hardware },
      runtime: { ...st.runtime },
    })),
    requirements: reqs.map((r) => ({
      title: r.title,
      metric: r.metric,
      op: r.op,
      target: r.target,
      unit: r.unit,
      priority: r.priority,
      rationale: r.rationale,
      ...(r.servingTarget ? { servingTarget: r.servingTarget } : {}),
      ...(r.scope.split || r.scope.slice
        ? {
            scope: {
              ...(r.scope.split ? { split: r.scope.split } : {}),
              ...(r.scope.slice ? { slice: r.scope.slice } : {}),
            },
          }
        : {}),
    })),
  };
  await store.write([...mine, template]);
  return template;
}

export async function removeTemplate(store: TemplateStore, id: string): Promise<void> {
  if (BUILTIN_TEMPLATES.some((t) => t.id === id)) {
    throw new GapboardError('BAD_ARGUMENT', `"${id}" is built in and cannot be deleted.`);
  }
  const mine = await store.list();
  if (!mine.some((t) => t.id === id)) throw new GapboardError('NOT_FOUND', `There is no template "${id}" of yours.`);
  await store.write(mine.filter((t) => t.id !== id));
}

/**
 * Adds a template's requirements to the open project in one undoable step, in `language`.
 * A serving target is matched by name (else added); a requirement the project already has
 * (same metric and title) is skipped, so applying twice adds nothing.
 */
export function applyTemplate(session: ProjectSession, template: RequirementTemplate, language: Language): ApplyResult {
  const result: ApplyResult = { added: [], skipped: [], servingTargets: [] };
  session.mutate(`Requirements from ${localize(template.name, language)}`, (draft) => {
    const targetIds = new Map<string, string>();
    const targetFor = (t: TemplateServingTarget): string => {
      const name = localize(t.name, language);
      const existing = draft.servingTargets.find((s) => s.name === name);
      if (existing) return existing.id;
      const id = nextId(draft, 'servingTarget');
      draft.servingTargets.push({ id, name, mode: t.mode, hardware: { ...t.hardware }, runtime: { ...t.runtime } });
      result.servingTargets.push(id);
      return id;
    };
    for (const r of template.requirements) {
      const title = localize(r.title, language);
      if (draft.requirements.some((x) => x.metric === r.metric && x.title === title)) {
        result.skipped.push(title);
        continue;
      }
      const st = r.servingTarget ? template.servingTargets.find((t) => t.key === r.servingTarget) : undefined;
      if (st && !targetIds.has(st.key)) targetIds.set(st.key, targetFor(st));
      const req: Requirement = {
        id: nextId(draft, 'requirement'),
        title,
        metric: r.metric,
        op: r.op,
        target: r.target,
        unit: r.unit,
        priority: r.priority,
        scope: { ...(r.scope ?? {}) },
        ...(st ? { servingTarget: targetIds.get(st.key)! } : {}),
        owner: '',
        rationale: localize(r.rationale, language),
        source: { who: '' },
        createdAt: session.nowIso(),
        history: [],
        ...(r.metric === MANUAL_METRIC ? { manual: { evidence: [], judgments: [] } } : {}),
      };
      draft.requirements.push(req);
      result.added.push(req.id);
    }
  });
  return result;
}
