import { useState } from 'react';
import type { ProjectDocument } from '../../../../shared/schema';
import { splitIncludesTraining } from '../../../../shared/training-data';
import { runMustRequirements, scopeAdmits } from '../../../../shared/run-scope';
import { formDefaults } from './evaluate-defaults';

/**
 * What an evaluation runs: the model, the dataset, its version and split, and what that choice
 * implies (whether the split holds training samples, which must requirements it can score).
 * Changing the dataset or the split withdraws a pending "evaluate on training data?" question.
 */
export function useEvaluateTarget(doc: ProjectDocument, initialModel: string | null) {
  const [modelId, setModelId] = useState(initialModel ?? doc.models.at(-1)?.id ?? '');
  const firstData = doc.datasets.find((d) => d.versions.length > 0);
  // Start on the data the must requirements are scored on, so the default run is one the board
  // can use; without such a scope, the newest version's non-training split when there is one.
  const [initial] = useState(() => formDefaults(doc));
  const [dataName, setDataName] = useState(initial.name ?? firstData?.name ?? '');
  const dataset = doc.datasets.find((d) => d.name === dataName);
  const newest = dataset ? Math.max(...dataset.versions.map((v) => v.version)) : 0;
  const [versionPick, setVersionPick] = useState<number | null>(initial.version ?? null);
  const versionNo =
    versionPick !== null && dataset?.versions.some((v) => v.version === versionPick) ? versionPick : newest;
  const version = dataset?.versions.find((v) => v.version === versionNo);
  const [split, setSplit] = useState(initial.split ?? '');
  const [asking, setAsking] = useState(false);
  const training = version ? splitIncludesTraining(version, split || undefined) : false;
  const musts = runMustRequirements(doc);
  const scored = musts.filter((r) =>
    scopeAdmits(r.scope, { name: dataName, version: versionNo, ...(split ? { split } : {}) }),
  );
  const model = doc.models.find((m) => m.id === modelId);

  return {
    modelId,
    model,
    firstData,
    dataName,
    dataset,
    versionNo,
    version,
    split,
    training,
    musts,
    scored,
    asking,
    setAsking,
    setModelId,
    setVersionPick,
    pickDataset: (name: string) => {
      setDataName(name);
      setVersionPick(null);
      setSplit('');
      setAsking(false);
    },
    pickSplit: (s: string) => {
      setSplit(s);
      setAsking(false);
    },
  };
}

export type EvaluateTarget = ReturnType<typeof useEvaluateTarget>;
