/**
 * Validation for saving that re-checks only what changed. The document is edited through
 * immer, which keeps every part an edit did not touch as the same object; so against a
 * document that already passed the schema (the one last loaded or saved), a top-level section
 * or an array entry that is still the same object needs no second look. A one-line edit then
 * costs the same to save on a project with twenty runs as on an empty one, while everything
 * an edit produced is still checked in full.
 */
import { z } from 'zod';
import { projectDocumentSchema, type ProjectDocument } from '../../../shared/schema.js';

type Section = keyof ProjectDocument;
type Result = { success: true; data: ProjectDocument } | { success: false; error: z.ZodError };

/** Issues of a part, their paths made whole (`runs[3].metrics…`). */
function under(prefix: PropertyKey[], error: z.ZodError): z.core.$ZodIssue[] {
  return error.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
}

function checkSection(key: Section, value: unknown, before: unknown, issues: z.core.$ZodIssue[]): unknown {
  const schema = projectDocumentSchema.shape[key] as z.ZodType;
  if (Array.isArray(value) && Array.isArray(before) && schema instanceof z.ZodArray) {
    const known = new Set<unknown>(before);
    const element = schema.element as z.ZodType;
    return value.map((item: unknown, i): unknown => {
      if (known.has(item)) return item;
      const r = element.safeParse(item);
      if (!r.success) issues.push(...under([key, i], r.error));
      return r.data;
    });
  }
  const r = schema.safeParse(value);
  if (!r.success) issues.push(...under([key], r.error));
  return r.data;
}

/**
 * Checks `doc` against the schema, trusting what is still identical to `checked` (a document
 * that passed it); without `checked`, the whole document is checked. Same answer as
 * `projectDocumentSchema.safeParse` on anything reachable by immer edits of `checked`.
 */
export function validateChanged(doc: ProjectDocument, checked: ProjectDocument | null): Result {
  if (!checked) return projectDocumentSchema.safeParse(doc);
  if (typeof doc !== 'object' || doc === null) return projectDocumentSchema.safeParse(doc);
  const out: Record<string, unknown> = {};
  const issues: z.core.$ZodIssue[] = [];
  for (const key of Object.keys(projectDocumentSchema.shape) as Section[]) {
    const value = doc[key];
    const data = value === checked[key] ? value : checkSection(key, value, checked[key], issues);
    if (data !== undefined) out[key] = data;
  }
  if (issues.length) return { success: false, error: new z.ZodError(issues) };
  return { success: true, data: out as ProjectDocument };
}
