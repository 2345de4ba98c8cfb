/** The data metric keys (`data.count`, `labeling.cost`, …), so requirements on data are scored like any other. */
import type { DatasetVersion } from '../../../shared/schema.js';
import { batchTotals } from './batches.js';

/**
 * Flat metrics of one version: `data.count`, `data.count[<class>]`, `data.min_class_count`,
 * `data.count[slice=<tag>]`, `data.count[split=<name>]`, `labeling.cost`,
 * `labeling.accepted_rate`.
 *
 * With `allVersions` (every version of the same dataset), the labeling figures cover this
 * version and all earlier ones — what the data has cost so far; without, this version's
 * batches only. `labeling.cost` is null when batches mix currencies, and
 * `labeling.accepted_rate` null when nothing was delivered.
 */
export function dataMetrics(
  version: DatasetVersion,
  allVersions?: readonly DatasetVersion[],
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  const { stats } = version;
  out['data.count'] = stats.count;
  const classCounts = Object.values(stats.classes);
  out['data.min_class_count'] = classCounts.length ? Math.min(...classCounts) : null;
  for (const [cls, n] of Object.entries(stats.classes)) out[`data.count[${cls}]`] = n;
  for (const [tag, n] of Object.entries(stats.slices)) out[`data.count[slice=${tag}]`] = n;
  for (const [split, n] of Object.entries(stats.splits)) out[`data.count[split=${split}]`] = n;
  const versions = allVersions ? allVersions.filter((v) => v.version <= version.version) : [version];
  const totals = batchTotals(versions.flatMap((v) => v.batches));
  const costs = Object.values(totals.cost);
  out['labeling.cost'] = costs.length === 0 ? 0 : costs.length === 1 ? costs[0]! : null;
  out['labeling.accepted_rate'] = totals.acceptedRate;
  return out;
}
