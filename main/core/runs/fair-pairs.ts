/**
 * The samples two runs share for a fair comparison, paired and counted in DuckDB: matched by
 * content hash where the manifest is known, by path for ad-hoc runs (a hash never meets a
 * path), counting only scored samples, grouped by each run's truth, label and prediction and
 * the labelling run's slices.
 */
import type { ProjectDocument, Run } from '../../../shared/schema.js';
import { pairedGroups, type Grouped, type PairSide } from './paired-groups.js';
import { runTable, type RunTable } from './run-queries.js';

/** Common samples that agree on every grouped column, with how many there are. */
export type PairGroup = Grouped<{
  /** Each run's own truth index and manifest label (null for ad-hoc runs), and its prediction. */
  a_truth: number;
  a_label: string | null;
  a_pred: number;
  b_truth: number;
  b_label: string | null;
  b_pred: number;
  /** Slice tags of the run whose labels count (null when its manifest has none). */
  slices: string[] | null;
}>;

export interface PairCounts {
  groups: PairGroup[];
  /** Samples each run scored (with a key to match on). */
  n: { a: number; b: number };
}

const side = (table: RunTable): PairSide => ({
  table,
  key: 'coalesce(sha256, ppath)',
  kind: 'sha256 IS NULL',
  where: 'pred >= 0 AND truth >= 0',
});

/**
 * Pairs the samples of a and b and returns the grouped counts of the pairs; `labels` names the
 * run whose slice tags are kept (the one whose labels count). `numbered` forces the numbered
 * join, so tests can hold the key-only join equal to it.
 */
export async function pairCounts(
  doc: ProjectDocument,
  storeDir: string,
  a: Run,
  b: Run,
  labels: 'a' | 'b',
  numbered = false,
): Promise<PairCounts> {
  const ta = runTable(doc, a, 'a');
  const tb = runTable(doc, b, 'b');
  if (!ta || !tb) return { groups: [], n: { a: 0, b: 0 } };
  const select = `x.truth AS a_truth, x.label AS a_label, x.pred AS a_pred,
    y.truth AS b_truth, y.label AS b_label, y.pred AS b_pred, ${labels === 'a' ? 'x' : 'y'}.slices AS slices`;
  return pairedGroups(storeDir, side(ta), side(tb), select, numbered);
}
