/** Models (registered ONNX files) and runs (local evaluations): what the Models & runs screen calls. */
import { z } from 'zod';
import { COLORS, TENSOR_LAYOUTS } from '../vocabulary.js';
import type { Model, Run } from '../schema.js';
import { method, noArgs, pathArg, type JobInfo, type ProjectView } from './define.js';

const datasetRef = z
  .object({ name: z.string().min(1), version: z.number().int().positive(), split: z.string().optional() })
  .strict();

/** Preprocessing overrides; anything left out comes from the model's input shape. */
export const preprocessingOverrides = z
  .object({
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    color: z.enum(COLORS),
    scale: z.number().finite(),
    mean: z.array(z.number().finite()),
    std: z.array(z.number().finite().positive()),
    tensorLayout: z.enum(TENSOR_LAYOUTS),
    classes: z.array(z.string()),
    input: z.string(),
    output: z.string(),
  })
  .partial()
  .strict();

export const runSettings = z
  .object({
    batch: z.number().int().positive().max(4096),
    threads: z.number().int().min(0).max(256),
    bench: z.boolean(),
    latencyBoundMs: z.number().positive(),
  })
  .partial()
  .strict();

/** One misclassified (or, with `all`, any) sample for the error gallery. */
export interface GalleryItem {
  index: number;
  /** Project-relative path of the sample's file (for projectFileUrl), or null for table rows. */
  file: string | null;
  truth: string;
  pred: string;
  confidence: number;
  slices: string[];
}

export interface RunComparison {
  runs: Run[];
  /** Metric keys present in any run, in a stable order. */
  metricKeys: string[];
  /** deltas[i][key] = runs[i].metrics[key] − runs[0].metrics[key]. */
  deltas: Record<string, number | null>[];
  /** Per pair (runs[0], runs[i]) when both share classes: confusion[i] − confusion[0]. */
  confusionDiff: (number[][] | null)[];
  classes: string[];
}

export const runMethods = {
  'models.inspect': method<Omit<Model, 'id' | 'name' | 'path' | 'addedAt' | 'trainedOn' | 'variantOf'>>()(
    z.object({ path: pathArg }).strict(),
    'Read an ONNX file’s facts without registering or running it.',
  ),
  'models.add': method<{ id: string; project: ProjectView }>()(
    z
      .object({
        path: pathArg,
        name: z.string().min(1).optional(),
        trainedOn: z
          .object({ dataset: z.string().min(1), version: z.number().int().positive() })
          .strict()
          .optional(),
      })
      .strict(),
    'Register an ONNX model in the project (path kept relative to the project file).',
  ),
  'models.remove': method<ProjectView>()(z.object({ id: z.string().min(1) }).strict(), 'Remove a model (undoable).'),
  'runs.start': method<JobInfo>()(
    z
      .object({
        model: z.string().min(1),
        dataset: datasetRef,
        preprocessing: preprocessingOverrides.optional(),
        settings: runSettings.optional(),
      })
      .strict(),
    'Evaluate a model on a dataset version as a job; its result is { runId }. A failure is recorded as a failed run.',
  ),
  'runs.get': method<Run>()(z.object({ id: z.string().min(1) }).strict(), 'One run with its per-sample predictions.'),
  'runs.gallery': method<{ total: number; items: GalleryItem[] }>()(
    z
      .object({
        id: z.string().min(1),
        truth: z.string().optional(),
        pred: z.string().optional(),
        slice: z.string().optional(),
        all: z.boolean().optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(60),
      })
      .strict(),
    'Misclassified samples of a run (filter by true class, predicted class, slice), least confident first.',
  ),
  'runs.compare': method<RunComparison>()(
    z.object({ ids: z.array(z.string().min(1)).min(2).max(6) }).strict(),
    'Two or more runs side by side: metrics, deltas against the first, confusion-matrix differences.',
  ),
  'runs.remove': method<ProjectView>()(z.object({ id: z.string().min(1) }).strict(), 'Remove a run (undoable).'),
  'runs.environment': method<Run['environment']>()(noArgs, 'This machine as a run would record it.'),
} as const;
