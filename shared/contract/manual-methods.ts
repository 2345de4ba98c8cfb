/** Methods of manual requirements: evidence and the judgment of a named team member. */
import { z } from 'zod';
import type { ManualEvidence } from '../schema.js';
import { method, type ProjectView } from './define.js';

const reqId = z.string().min(1, 'a requirement id is required');
const by = z.string().optional();

export const manualMethods = {
  'requirements.addEvidence': method<{ evidence: ManualEvidence; project: ProjectView }>()(
    z.discriminatedUnion('kind', [
      z
        .object({
          id: reqId,
          kind: z.literal('file'),
          path: z.string().min(1, 'a file path is required'),
          text: z.string().optional(),
          by,
        })
        .strict(),
      z.object({ id: reqId, kind: z.literal('note'), text: z.string().min(1, 'a note needs text'), by }).strict(),
      z.object({ id: reqId, kind: z.literal('qa'), qa: z.string().min(1, 'a Q&A id is required'), by }).strict(),
    ]),
    'Attach evidence to a manual requirement: a file (copied into evidence/ beside the project), a note, or a Q&A link.',
  ),
  'requirements.removeEvidence': method<ProjectView>()(
    z.object({ id: reqId, index: z.number().int().nonnegative() }).strict(),
    'Detach one piece of evidence (undoable).',
  ),
  'requirements.judge': method<ProjectView>()(
    z
      .object({
        id: reqId,
        verdict: z.enum(['met', 'unmet']),
        by: z.string().min(1, 'say who judges it'),
        reason: z.string().min(1, 'give a reason'),
      })
      .strict(),
    'Judge a manual requirement met or not met (a team member, a reason; counts for the latest iteration).',
  ),
} as const;
