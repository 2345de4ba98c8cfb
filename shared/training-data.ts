/**
 * Whether a run's figures include training data. A model scored on samples it learnt from
 * looks better than it will in service, so such a run is labelled wherever it appears. Pure
 * and type-only in its imports: the renderer labels runs with the same rule.
 */
import type { DatasetVersion, ProjectDocument, Run } from './schema.js';

/** Split names that hold training samples. */
const TRAINING_SPLITS = new Set(['train', 'training']);

export function isTrainingSplit(split: string): boolean {
  return TRAINING_SPLITS.has(split.toLowerCase());
}

/** True when evaluating `split` of `version` (undefined: every split) scores training samples. */
export function splitIncludesTraining(version: Pick<DatasetVersion, 'stats'> | undefined, split?: string): boolean {
  if (split !== undefined) return isTrainingSplit(split);
  return Object.entries(version?.stats.splits ?? {}).some(([s, n]) => n > 0 && isTrainingSplit(s));
}

/** True when the run's samples include a training split. */
export function includesTraining(doc: Pick<ProjectDocument, 'datasets'>, run: Pick<Run, 'dataset'>): boolean {
  const d = run.dataset;
  if (!d) return false;
  const version = doc.datasets.find((x) => x.name === d.name)?.versions.find((v) => v.version === d.version);
  return splitIncludesTraining(version, d.split);
}
