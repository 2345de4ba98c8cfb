/**
 * The whole `*.gapboard` document as zod schemas.
 *
 * Key order in every object schema is the key order on disk: parsing through these schemas
 * and stringifying the result is what makes saves byte-stable and git-diffable.
 */
import { z } from 'zod';
import {
  COLORS,
  GAP_STATUSES,
  INPUT_KINDS,
  ITERATION_STATUSES,
  OPERATORS,
  PRIORITIES,
  QA_STATUSES,
  ROLES,
  RUN_STATUSES,
  SERVING_MODES,
  TENSOR_LAYOUTS,
  TRACKED_REQUIREMENT_FIELDS,
  VARIANT_KINDS,
} from './vocabulary.js';

export const SCHEMA_VERSION = 2;

const isoDate = z.string().min(1);
/** Project-relative path with forward slashes (the folder can move between machines). */
const relPath = z.string().min(1);

export {
  OPERATORS,
  PRIORITIES,
  ROLES,
  RUN_STATUSES,
  SERVING_MODES,
  VARIANT_KINDS,
  type Operator,
  type Priority,
} from './vocabulary.js';

export const teamMemberSchema = z.object({
  name: z.string().min(1),
  roles: z.array(z.enum(ROLES)),
});

export const projectInfoSchema = z.object({
  name: z.string().min(1),
  description: z.string(),
  createdAt: isoDate,
  team: z.array(teamMemberSchema),
});

export const countersSchema = z.object({
  requirement: z.number().int().nonnegative(),
  servingTarget: z.number().int().nonnegative(),
  model: z.number().int().nonnegative(),
  run: z.number().int().nonnegative(),
  iteration: z.number().int().nonnegative(),
  qa: z.number().int().nonnegative(),
  batch: z.number().int().nonnegative(),
});

export const servingTargetSchema = z.object({
  id: z.string().regex(/^ST-\d+$/),
  name: z.string().min(1),
  mode: z.enum(SERVING_MODES),
  hardware: z.object({
    cpu: z.string(),
    cores: z.number().int().positive().nullable(),
    ramGb: z.number().positive().nullable(),
    gpu: z.string(),
  }),
  runtime: z.object({
    threads: z.number().int().positive().nullable(),
    executionProvider: z.string(),
  }),
});

/** Which data a requirement is measured on; every part optional (empty = any run). */
export const scopeSchema = z.object({
  dataset: z.string().optional(),
  version: z.number().int().positive().optional(),
  split: z.string().optional(),
  slice: z.string().optional(),
});

export const requirementChangeSchema = z.object({
  at: isoDate,
  field: z.enum(TRACKED_REQUIREMENT_FIELDS),
  from: z.union([z.string(), z.number()]),
  to: z.union([z.string(), z.number()]),
  reason: z.string(),
});

export { MANUAL_METRIC } from './metric-keys.js';

/**
 * What backs a manual judgment: a file copied into the folder beside the project, a note, or
 * a link to a Q&A / decision entry.
 */
export const manualEvidenceSchema = z.object({
  kind: z.enum(['file', 'note', 'qa']),
  /** file: the copy's project-relative path. */
  file: relPath.optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  /** note: its text; file: an optional caption. */
  text: z.string().optional(),
  /** qa: the linked Q&A / decision id. */
  qa: z.string().optional(),
  addedAt: isoDate,
  addedBy: z.string(),
});

export const manualJudgmentSchema = z.object({
  verdict: z.enum(['met', 'unmet']),
  by: z.string().min(1),
  reason: z.string().min(1),
  at: isoDate,
  /** The latest iteration when it was judged; a newer iteration asks for a new judgment. */
  iteration: z.string().optional(),
});

export const manualSchema = z.object({
  evidence: z.array(manualEvidenceSchema),
  judgments: z.array(manualJudgmentSchema),
});

export const requirementSchema = z.object({
  id: z.string().regex(/^R-\d+$/),
  title: z.string(),
  metric: z.string().min(1),
  op: z.enum(OPERATORS),
  target: z.number(),
  unit: z.string(),
  priority: z.enum(PRIORITIES),
  scope: scopeSchema,
  servingTarget: z.string().optional(),
  owner: z.string(),
  rationale: z.string(),
  source: z.object({ who: z.string(), qa: z.string().optional() }),
  createdAt: isoDate,
  history: z.array(requirementChangeSchema),
  /** Present on manual requirements (metric `manual`): evidence and judgments. */
  manual: manualSchema.optional(),
});

export const sampleSchema = z.object({
  path: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  label: z.string(),
  split: z.string().optional(),
  slices: z.array(z.string()).optional(),
});

const countMap = z.record(z.string(), z.number().int().nonnegative());

export const datasetStatsSchema = z.object({
  count: z.number().int().nonnegative(),
  classes: countMap,
  splits: countMap,
  slices: countMap,
  image: z
    .object({
      minWidth: z.number(),
      maxWidth: z.number(),
      minHeight: z.number(),
      maxHeight: z.number(),
      channels: countMap,
    })
    .optional(),
});

export const qaEntrySchema = z.object({
  question: z.string(),
  answer: z.string(),
  askedBy: z.string(),
  status: z.enum(QA_STATUSES),
  requirement: z.string().optional(),
});

export const labelingBatchSchema = z.object({
  id: z.string().regex(/^LB-\d+$/),
  vendor: z.string(),
  guide: z.object({ file: z.string(), version: z.string() }),
  unitPrice: z.number().nonnegative(),
  currency: z.string(),
  ordered: z.number().int().nonnegative(),
  delivered: z.number().int().nonnegative(),
  accepted: z.number().int().nonnegative(),
  orderedAt: z.string(),
  deliveredAt: z.string(),
  qa: z.array(qaEntrySchema),
});

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * A link to a table in the store beside the project file: the sha-256 of its Parquet file
 * (which is also its name there), its row count and its columns. Per-sample data lives there
 * so the document stays small whatever the dataset size.
 */
export const storeLinkSchema = z.object({
  store: sha256Hex,
  rows: z.number().int().nonnegative(),
  columns: z.array(z.string()),
});

/** A version's manifest in the store, with its fingerprint (see `manifestFingerprint`). */
export const sampleLinkSchema = storeLinkSchema.extend({
  /** sha-256 over path, content hash and label of every sample in path order. */
  fingerprint: sha256Hex,
});

export const diffCountsSchema = z.object({
  added: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
  relabeled: z.number().int().nonnegative(),
  modified: z.number().int().nonnegative(),
  moved: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
});

export const DATASET_LAYOUTS = ['imagefolder', 'csv', 'jsonl'] as const;

export const datasetVersionSchema = z.object({
  version: z.number().int().positive(),
  createdAt: isoDate,
  parent: z.number().int().positive().optional(),
  layout: z.enum(DATASET_LAYOUTS),
  /** The scanned folder or manifest/CSV file, relative to the project file. */
  source: relPath,
  labelColumn: z.string().optional(),
  notes: z.string(),
  classes: z.array(z.string()),
  stats: datasetStatsSchema,
  /** Stats of each split on its own, so a split-scoped data requirement needs no manifest. */
  splitStats: z.record(z.string(), datasetStatsSchema).optional(),
  /** The manifest in the store; absent for a summary-only version. */
  samples: sampleLinkSchema.optional(),
  /** What changed from the parent's manifest, counted when the version was registered. */
  parentDiff: diffCountsSchema.optional(),
  batches: z.array(labelingBatchSchema),
});

export const datasetSchema = z.object({
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/),
  description: z.string(),
  versions: z.array(datasetVersionSchema),
});

/** How a variant model was derived from its parent. */

export const tensorInfoSchema = z.object({
  name: z.string(),
  type: z.string(),
  shape: z.array(z.union([z.number(), z.string()])),
});

export const modelSchema = z.object({
  id: z.string().regex(/^M-\d+$/),
  name: z.string().min(1),
  path: relPath,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  opset: z.array(z.object({ domain: z.string(), version: z.number() })),
  producer: z.object({ name: z.string(), version: z.string() }),
  inputs: z.array(tensorInfoSchema),
  outputs: z.array(tensorInfoSchema),
  params: z.number().int().nonnegative(),
  operators: countMap,
  metadata: z.record(z.string(), z.string()),
  trainedOn: z.object({ dataset: z.string(), version: z.number().int().positive() }).optional(),
  addedAt: isoDate,
  /** Set when this model was derived from another one (quantized, pruned, re-exported). */
  variantOf: z.object({ model: z.string().regex(/^M-\d+$/), kind: z.enum(VARIANT_KINDS), note: z.string() }).optional(),
});

export const preprocessingSchema = z.object({
  kind: z.enum(INPUT_KINDS),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  color: z.enum(COLORS).optional(),
  scale: z.number().optional(),
  mean: z.array(z.number()).optional(),
  std: z.array(z.number()).optional(),
  tensorLayout: z.enum(TENSOR_LAYOUTS).optional(),
  features: z.array(z.string()).optional(),
  classes: z.array(z.string()),
  input: z.string(),
  output: z.string(),
});

export const environmentSchema = z.object({
  cpu: z.string(),
  cores: z.number().int(),
  threads: z.number().int(),
  os: z.string(),
  runtime: z.string(),
});

/**
 * A column of whole numbers checked in one loop: a project with 200 runs of 10,000 predictions
 * holds 6 million of them, and a per-element schema costs as much as parsing the file.
 */
const intColumn = z.custom<number[]>((v) => Array.isArray(v) && v.every((n) => Number.isInteger(n)), {
  message: 'expected an array of whole numbers',
});

/**
 * A run's predictions as columns in memory (and inline in schema-1 files): predicted class
 * index and confidence in 1/1000 per sample, -1 where a sample was not scored.
 */
export const predictionsSchema = z.object({
  paths: z.array(z.string()).optional(),
  truth: intColumn,
  pred: intColumn,
  conf: intColumn,
  /** Regression: the predicted value per sample (null where not scored). */
  values: z.array(z.number().nullable()).optional(),
  /** Text models: the decoded output per sample. */
  texts: z.array(z.string()).optional(),
});

export const runSchema = z.object({
  id: z.string().regex(/^RUN-\d+$/),
  model: z.string(),
  dataset: z
    .object({ name: z.string(), version: z.number().int().positive(), split: z.string().optional() })
    .optional(),
  preprocessing: preprocessingSchema,
  settings: z.object({
    batch: z.number().int().positive(),
    threads: z.number().int().nonnegative(),
    bench: z.boolean(),
    latencyBoundMs: z.number().positive().optional(),
  }),
  status: z.enum(RUN_STATUSES),
  startedAt: isoDate,
  durationMs: z.number().nonnegative(),
  error: z.string().optional(),
  /** Flat map keyed by metric keys (`accuracy`, `recall[3]`, …); null where a metric could not be computed. */
  metrics: z.record(z.string(), z.number().nullable()),
  /**
   * 95% intervals keyed like `metrics`: Wilson score for every proportion of samples,
   * order-statistic bounds for latency percentiles. Absent in runs recorded before them.
   */
  intervals: z.record(z.string(), z.tuple([z.number(), z.number()])).optional(),
  confusion: z.array(z.array(z.number().int().nonnegative())).optional(),
  latencyHistogram: z.object({ edgesMs: z.array(z.number()), counts: z.array(z.number().int()) }).optional(),
  flags: z.array(z.string()),
  environment: environmentSchema,
  /**
   * Per-sample predictions in the store, index-aligned with the dataset version's samples
   * (kept to the run's split), or carrying their own `path` for ad-hoc data.
   */
  predictions: storeLinkSchema.optional(),
  issues: z.array(z.object({ path: z.string(), reason: z.string() })),
});

export const scorecardRowSchema = z.object({
  requirement: z.string(),
  title: z.string(),
  metric: z.string(),
  op: z.enum(OPERATORS),
  target: z.number(),
  unit: z.string(),
  priority: z.enum(PRIORITIES),
  value: z.number().nullable(),
  gap: z.number().nullable(),
  relGap: z.number().nullable(),
  status: z.enum(GAP_STATUSES),
  /** The value's 95% interval, when it has one; the target inside it makes the row within noise. */
  interval: z.tuple([z.number(), z.number()]).optional(),
  withinNoise: z.boolean().optional(),
  evidence: z.string(),
});

export const iterationSchema = z.object({
  id: z.string().regex(/^IT-\d+$/),
  name: z.string().min(1),
  status: z.enum(ITERATION_STATUSES),
  startedAt: isoDate,
  closedAt: z.string().optional(),
  notes: z.string(),
  candidateRun: z.string().optional(),
  datasets: z.array(z.object({ name: z.string(), version: z.number().int().positive() })),
  scorecard: z.array(scorecardRowSchema),
});

export const decisionSchema = z.object({
  id: z.string().regex(/^Q-\d+$/),
  question: z.string().min(1),
  answer: z.string(),
  askedBy: z.string(),
  answeredBy: z.string(),
  status: z.enum(QA_STATUSES),
  at: isoDate,
  changed: z.string(),
  requirements: z.array(z.string()),
  datasets: z.array(z.object({ name: z.string(), version: z.number().int().positive() })),
});

export const projectDocumentSchema = z.object({
  format: z.literal('gapboard'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  project: projectInfoSchema,
  counters: countersSchema,
  servingTargets: z.array(servingTargetSchema),
  requirements: z.array(requirementSchema),
  datasets: z.array(datasetSchema),
  models: z.array(modelSchema),
  runs: z.array(runSchema),
  /** The run the team proposes, chosen explicitly; the board scores it. Absent: the latest run. */
  candidate: z.object({ run: z.string().regex(/^RUN-\d+$/), chosenAt: isoDate }).optional(),
  iterations: z.array(iterationSchema),
  decisions: z.array(decisionSchema),
});

export type ProjectDocument = z.infer<typeof projectDocumentSchema>;
export type Requirement = z.infer<typeof requirementSchema>;
export type ManualEvidence = z.infer<typeof manualEvidenceSchema>;
export type ManualJudgment = z.infer<typeof manualJudgmentSchema>;
export type RequirementChange = z.infer<typeof requirementChangeSchema>;
export type ServingTarget = z.infer<typeof servingTargetSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetVersion = z.infer<typeof datasetVersionSchema>;
export type DatasetStats = z.infer<typeof datasetStatsSchema>;
export type Sample = z.infer<typeof sampleSchema>;
export type StoreLink = z.infer<typeof storeLinkSchema>;
export type SampleLink = z.infer<typeof sampleLinkSchema>;
export type DiffCounts = z.infer<typeof diffCountsSchema>;
export type Predictions = z.infer<typeof predictionsSchema>;
export type LabelingBatch = z.infer<typeof labelingBatchSchema>;
export type Model = z.infer<typeof modelSchema>;
export type TensorInfo = z.infer<typeof tensorInfoSchema>;
export type Run = z.infer<typeof runSchema>;
export type Preprocessing = z.infer<typeof preprocessingSchema>;
export type Environment = z.infer<typeof environmentSchema>;
export type Iteration = z.infer<typeof iterationSchema>;
export type ScorecardRow = z.infer<typeof scorecardRowSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type VariantKind = (typeof VARIANT_KINDS)[number];
