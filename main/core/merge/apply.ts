/** Putting a merged document into an open project: one undoable step. */
import type { Draft } from 'immer';
import type { ProjectDocument } from '../../../shared/schema.js';
import type { ProjectSession } from '../project/session.js';

export function replaceDocument(session: ProjectSession, label: string, doc: ProjectDocument): void {
  session.mutate(label, (draft: Draft<ProjectDocument>) => {
    const target = draft as unknown as Record<string, unknown>;
    const source = doc as unknown as Record<string, unknown>;
    for (const key of Object.keys(target)) if (!(key in source)) delete target[key];
    for (const [key, value] of Object.entries(source)) target[key] = value;
  });
}
