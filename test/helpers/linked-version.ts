import type { DatasetVersion } from '../../shared/schema.js';

/** A dataset version whose samples are already linked in the store; stats left empty. */
export function linkedVersion(v: number, classes: string[], samples: DatasetVersion['samples']): DatasetVersion {
  return {
    version: v,
    createdAt: '2026-01-01',
    layout: 'jsonl',
    source: `data/v${v}/manifest.jsonl`,
    notes: '',
    classes,
    stats: { count: 0, classes: {}, splits: {}, slices: {} },
    batches: [],
    samples,
  };
}
