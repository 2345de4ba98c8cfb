/** Methods of merging a teammate's copy of the project into the open one. */
import { z } from 'zod';
import type { MergeReport } from '../merge-views.js';
import { method, pathArg, type ProjectView } from './define.js';

export type { ConflictField, MergeConflict, MergeReport, Renumbered, MissingFile } from '../merge-views.js';

const mergeArgs = {
  theirs: pathArg,
  /** The common ancestor (the copy both started from), for a three-way merge. */
  base: z.string().min(1).optional(),
};

export const mergeMethods = {
  'merge.preview': method<MergeReport>()(
    z.object(mergeArgs).strict(),
    'What merging their file into the open project would take, delete, renumber, and which conflicts need a choice.',
  ),
  'merge.apply': method<{ report: MergeReport; project: ProjectView }>()(
    z.object({ ...mergeArgs, resolutions: z.record(z.string(), z.enum(['mine', 'theirs'])) }).strict(),
    'Merge their file into the open project (one undoable step); every conflict must have a resolution.',
  ),
} as const;
