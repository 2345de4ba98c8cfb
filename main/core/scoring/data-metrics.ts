/**
 * Data metrics of a dataset version, for requirements on data (`data.*`, `labeling.*`).
 *
 * PROVISIONAL: main/core/datasets/ owns these figures (`dataMetrics(version)`); this stand-in
 * reads the stored stats and labeling batches so scoring is usable until that module lands.
 */
import type { DatasetVersion } from '../project/schema.js';

export function defaultDataMetrics(version: DatasetVersion): Record<string, number | null> {
  const out: Record<string, number | null> = { 'data.count': version.stats.count };
  const counts = version.classes.map((c) => version.stats.classes[c] ?? 0);
  for (const [cls, n] of Object.entries(version.stats.classes)) out[`data.count[${cls}]`] = n;
  for (const cls of version.classes) out[`data.count[${cls}]`] ??= 0;
  for (const [tag, n] of Object.entries(version.stats.slices)) out[`data.count[slice=${tag}]`] = n;
  out['data.min_class_count'] = counts.length > 0 ? Math.min(...counts) : null;
  let cost = 0;
  let delivered = 0;
  let accepted = 0;
  for (const b of version.batches) {
    cost += b.unitPrice * b.delivered;
    delivered += b.delivered;
    accepted += b.accepted;
  }
  out['labeling.cost'] = version.batches.length > 0 ? cost : null;
  out['labeling.accepted_rate'] = delivered > 0 ? accepted / delivered : null;
  return out;
}
