/**
 * The data-metrics source scoring uses by default: main/core/datasets owns the figures; this
 * seam exists so tests and other callers can inject their own (see ScoreOptions.dataMetrics).
 */
import { dataMetrics } from '../datasets/metrics.js';
import type { DatasetVersion } from '../../../shared/schema.js';

/**
 * Data metrics of `version`. With `allVersions` (the dataset's versions), labeling figures are
 * cumulative up to this version; without, they cover this version's batches only.
 */
export function defaultDataMetrics(
  version: DatasetVersion,
  allVersions?: readonly DatasetVersion[],
): Record<string, number | null> {
  return dataMetrics(version, allVersions);
}
