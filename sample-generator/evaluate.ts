/**
 * Scores a model on a version's test split with the generator's own forward pass (the
 * reference phase 2 checks Gapboard's engine against).
 */
import { createHash } from 'node:crypto';
import type { DigitItem, ManifestEntry } from './dataset.js';
import { classificationMetrics } from './metrics.js';
import { argmax, forward, type Mlp } from './mlp.js';
import type { SampleEvaluation, VersionNumber } from './types.js';

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

export function evaluateModel(
  model: Mlp,
  manifest: readonly ManifestEntry[],
  itemsByFile: ReadonlyMap<string, DigitItem>,
  classes: readonly string[],
  version: VersionNumber,
): SampleEvaluation {
  const test = manifest.filter((e) => e.split === 'test');
  const input = new Float32Array(784);
  const scored = test.map((entry) => {
    const item = itemsByFile.get(entry.file);
    if (!item) throw new Error(`no pixels for ${entry.file}`);
    for (let i = 0; i < 784; i++) input[i] = (item.pixels[i] as number) / 255;
    return { entry, predicted: classes[argmax(forward(model, input))] ?? '?' };
  });
  const metrics = classificationMetrics(scored, classes);
  const untagged = scored.filter((s) => s.entry.slices.length === 0);
  metrics.untagged_accuracy = round6(
    untagged.filter((s) => s.predicted === s.entry.label).length / Math.max(1, untagged.length),
  );
  const predictionsSha256 = createHash('sha256')
    .update(scored.map((s) => s.predicted).join('\n'))
    .digest('hex');
  return { datasetVersion: version, split: 'test', metrics, predictionsSha256 };
}
