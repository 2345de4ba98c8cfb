/** Requirement edits on the open project, each one undoable and each target change kept. */
import type { z } from 'zod';
import type { requirementFields } from '../../../preload/contract.js';
import { GapboardError } from '../project/errors.js';
import { nextId } from '../project/ids.js';
import type { ProjectSession } from '../project/session.js';

type Fields = z.infer<typeof requirementFields>;
const TRACKED = ['target', 'op', 'priority', 'metric'] as const;

export function addRequirement(session: ProjectSession, fields: Fields): string {
  return session.mutate('Add requirement', (draft) => {
    const id = nextId(draft, 'requirement');
    draft.requirements.push({
      id,
      title: fields.title ?? '',
      metric: fields.metric ?? 'accuracy',
      op: fields.op ?? '>=',
      target: fields.target ?? 0,
      unit: fields.unit ?? '',
      priority: fields.priority ?? 'should',
      scope: {},
      owner: fields.owner ?? '',
      rationale: fields.rationale ?? '',
      source: { who: '' },
      createdAt: session.nowIso(),
      history: [],
    });
    return id;
  });
}

export function updateRequirement(session: ProjectSession, id: string, fields: Fields, reason = ''): void {
  session.mutate(`Edit ${id}`, (draft) => {
    const req = draft.requirements.find((r) => r.id === id);
    if (!req) throw new GapboardError('NOT_FOUND', `There is no requirement ${id}.`);
    for (const field of TRACKED) {
      const to = fields[field];
      if (to !== undefined && to !== req[field]) {
        req.history.push({ at: session.nowIso(), field, from: req[field], to, reason });
      }
    }
    Object.assign(req, Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
  });
}

export function removeRequirement(session: ProjectSession, id: string): void {
  session.mutate(`Delete ${id}`, (draft) => {
    const index = draft.requirements.findIndex((r) => r.id === id);
    if (index < 0) throw new GapboardError('NOT_FOUND', `There is no requirement ${id}.`);
    draft.requirements.splice(index, 1);
  });
}
