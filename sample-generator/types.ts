/**
 * What `generateSampleAssets` wrote and the story around it. Every path is relative to the
 * output folder with `/` separators; nothing depends on the machine, the clock or the output
 * folder, so two runs give deep-equal values (and the same `sample-assets.json` bytes).
 */
import type { Slice, Split } from './dataset.js';
import type { MetricMap } from './metrics.js';

export type VersionNumber = 1 | 2 | 3;
export type Priority = 'must' | 'should' | 'could';
export type Op = '>=' | '<=';

export interface SampleFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface SampleLabelingBatch {
  id: string;
  title: string;
  vendor: string;
  guide: { file: string; version: string };
  unitPrice: number;
  currency: 'KRW';
  quantityOrdered: number;
  quantityDelivered: number;
  quantityAccepted: number;
  orderedOn: string;
  deliveredOn: string;
  /** Q&A ids (see `SampleAssets.qa`) raised during this batch. */
  qa: string[];
  notes: string;
}

export interface SampleDatasetVersion {
  version: VersionNumber;
  /** JSONL manifest (`file`, `label`, `split`, `slices`), paths relative to the manifest. */
  manifest: string;
  parent: VersionNumber | null;
  title: string;
  notes: string;
  date: string;
  counts: {
    total: number;
    bySplit: Record<Split, number>;
    byClass: Record<string, number>;
    byClassTrain: Record<string, number>;
    bySlice: Partial<Record<Slice, number>>;
  };
  /** Against the parent: files added, removed, and relabeled (same file, new label). */
  diff: { added: number; removed: number; relabeled: number };
  batch: SampleLabelingBatch;
  /** `data.*` metrics of the train split (the scope of the data requirements). */
  trainDataMetrics: MetricMap;
}

export interface SampleRelabel {
  file: string;
  split: Split;
  slices: Slice[];
  /** Label in v1/v2 (the vendor's mistake). */
  from: string;
  /** Label in v3 (after the re-review under guide v1.1). */
  to: string;
  /** First version containing the mislabeled file. */
  since: VersionNumber;
}

export interface SampleEvaluation {
  datasetVersion: VersionNumber;
  split: Split;
  /** Quality metrics by metric key; `untagged_accuracy` = accuracy on samples with no slice. */
  metrics: MetricMap;
  /** sha-256 of the predicted labels joined by "\n" in manifest order (a cheap fingerprint). */
  predictionsSha256: string;
}

export interface SampleModel {
  id: string;
  name: string;
  file: string;
  architecture: string;
  widths: number[];
  parameters: number;
  bytes: number;
  sha256: string;
  opset: number;
  producer: string;
  input: { name: string; shape: (number | string)[] };
  output: { name: string; shape: (number | string)[] };
  trainedOn: { dataset: string; version: VersionNumber; split: Split };
  training: {
    optimizer: string;
    epochs: number;
    batchSize: number;
    learningRate: number;
    weightDecay: number;
    augmentation: string;
    seed: number;
  };
  /** This model on the test split of every version (phase 2 evaluates some of these). */
  evaluations: SampleEvaluation[];
}

export interface SampleRequirementChange {
  iteration: number;
  date: string;
  op: Op;
  target: number;
  reason: string;
  /** Q&A that caused the change, if any. */
  qa?: string;
}

export interface SampleRequirement {
  id: string;
  title: string;
  metric: string;
  op: Op;
  /** Current (latest) target; `history` holds every value it had. */
  target: number;
  unit: string;
  priority: Priority;
  scope: { dataset: string; split?: Split; slice?: Slice };
  servingTarget?: string;
  owner: string;
  rationale: string;
  source: { by: string; qa?: string };
  addedIn: number;
  history: SampleRequirementChange[];
}

export interface SampleQa {
  id: string;
  date: string;
  /** Who the question was between, e.g. "modeling ↔ vendor". */
  channel: 'vendor' | 'planning' | 'modeling';
  askedBy: string;
  answeredBy: string;
  question: string;
  answer: string;
  status: 'answered' | 'open';
  linkedRequirement?: string;
  linkedDatasetVersion?: VersionNumber;
  changed: string;
}

export interface SampleIteration {
  number: number;
  name: string;
  date: string;
  datasetVersion: VersionNumber;
  model: string;
  notes: string;
  /** Requirement ids in force when the iteration closed, with their targets then. */
  requirements: { id: string; op: Op; target: number }[];
  /** Values the generator measured itself (quality and data keys; speed is left to the engine). */
  expected: Record<string, number>;
}

export interface SampleProject {
  name: string;
  service: string;
  description: string;
  servingTargets: {
    id: string;
    mode: 'mobile' | 'local' | 'cloud';
    hardware: string;
    cores: number;
    ramGb: number;
    runtime: { threads: number; executionProvider: string };
  }[];
  team: { name: string; role: string }[];
}

export interface SampleAssets {
  format: 'gapboard-sample-assets';
  formatVersion: 1;
  generator: { name: string; version: string; seed: number };
  source: { package: string; version: string; license: string; description: string };
  project: SampleProject;
  classes: string[];
  dataset: { name: string; root: string; description: string; versions: SampleDatasetVersion[] };
  relabels: SampleRelabel[];
  models: SampleModel[];
  requirements: SampleRequirement[];
  qa: SampleQa[];
  iterations: SampleIteration[];
  /**
   * The images, summarised (each one is named, with its label, by the version manifests):
   * count, bytes and a sha-256 over their sorted "path sha256" lines.
   */
  images: { dir: string; count: number; bytes: number; sha256: string };
  /** Every other file written (except `sample-assets.json` itself), sorted by path. */
  files: SampleFile[];
  /** Bytes of the images and the files (without `sample-assets.json`). */
  totalBytes: number;
}
