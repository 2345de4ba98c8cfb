/**
 * Serving targets: where the model must run — mode, hardware, runtime settings.
 * Latency and QPS requirements name one, and runs measured elsewhere are flagged against it.
 */
import { GapboardError } from './errors.js';
import { nextId } from './ids.js';
import type { ServingTarget } from '../../../shared/schema.js';
import type { ProjectSession } from './session.js';

export type ServingTargetInput = Omit<ServingTarget, 'id'>;

export function addServingTarget(session: ProjectSession, input: ServingTargetInput): string {
  return session.mutate('Add serving target', (draft) => {
    if (draft.servingTargets.some((s) => s.name === input.name)) {
      throw new GapboardError('BAD_ARGUMENT', `A serving target named "${input.name}" already exists.`);
    }
    const id = nextId(draft, 'servingTarget');
    draft.servingTargets.push({ id, ...input });
    return id;
  });
}

export function removeServingTarget(session: ProjectSession, id: string): void {
  session.mutate(`Delete ${id}`, (draft) => {
    const index = draft.servingTargets.findIndex((s) => s.id === id);
    if (index < 0) throw new GapboardError('NOT_FOUND', `There is no serving target ${id}.`);
    const users = draft.requirements.filter((r) => r.servingTarget === id).map((r) => r.id);
    if (users.length > 0) {
      throw new GapboardError(
        'BAD_ARGUMENT',
        `${id} is named by ${users.join(', ')}; change those requirements first.`,
      );
    }
    draft.servingTargets.splice(index, 1);
  });
}
