/**
 * What a merge reports, as the UI receives it. Free of anything that reaches Node, so the
 * renderer's type-check can import it through the contract.
 */

/** What a merge compares, each by its stable id (datasets by name, versions by `name@vN`). */
export const ENTITY_KINDS = [
  'project',
  'servingTarget',
  'requirement',
  'dataset',
  'datasetVersion',
  'model',
  'run',
  'iteration',
  'decision',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export type Side = 'mine' | 'theirs';

/** One field of a conflicting entity, each side rendered short for a side-by-side view. */
export interface ConflictField {
  field: string;
  /** Null without a common base. */
  base: string | null;
  mine: string;
  theirs: string;
}

export interface MergeConflict {
  /** `requirement:R-3`: what a resolution names. */
  key: string;
  kind: EntityKind;
  id: string;
  label: string;
  /** Changed differently on both sides; or deleted on one side and changed on the other. */
  type: 'both-changed' | 'deleted-by-mine' | 'deleted-by-theirs';
  fields: ConflictField[];
}

export interface Renumbered {
  kind: EntityKind;
  from: string;
  to: string;
}

export interface MissingFile {
  /** What names it: `model M-3`, `dataset digits@v4`, `evidence of R-8`. */
  what: string;
  path: string;
}

/** Everything a merge did or needs decided, without the merged document itself. */
export interface MergeReport {
  conflicts: MergeConflict[];
  unresolved: string[];
  renumbered: Renumbered[];
  deleted: { kind: EntityKind; id: string; by: Side }[];
  taken: { kind: EntityKind; id: string }[];
  updated: { kind: EntityKind; id: string }[];
  warnings: string[];
  missingFiles: MissingFile[];
}
