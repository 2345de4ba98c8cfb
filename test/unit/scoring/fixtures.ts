/** Small, hand-checkable documents for the scoring tests. */
import { createDocument } from '../../../main/core/project/document.js';
import type {
  DatasetVersion,
  Iteration,
  Model,
  ProjectDocument,
  Requirement,
  Run,
  ScorecardRow,
} from '../../../shared/schema.js';

export const NOW = '2025-11-03T10:00:00.000Z';

export function doc(): ProjectDocument {
  return createDocument('test', NOW);
}

export function req(id: number, over: Partial<Requirement> = {}): Requirement {
  return {
    id: `R-${id}`,
    title: `req ${id}`,
    metric: 'accuracy',
    op: '>=',
    target: 0.9,
    unit: '',
    priority: 'must',
    scope: {},
    owner: '',
    rationale: '',
    source: { who: '' },
    createdAt: NOW,
    history: [],
    ...over,
  };
}

export function run(id: number, metrics: Record<string, number | null>, over: Partial<Run> = {}): Run {
  return {
    id: `RUN-${id}`,
    model: 'M-1',
    dataset: { name: 'digits', version: 1, split: 'test' },
    preprocessing: { kind: 'image', classes: ['0', '1'], input: 'x', output: 'y' },
    settings: { batch: 1, threads: 1, bench: false },
    status: 'done',
    startedAt: NOW,
    durationMs: 1,
    metrics,
    flags: [],
    environment: { cpu: 'cpu', cores: 2, threads: 1, os: 'linux', runtime: 'ort' },
    issues: [],
    ...over,
  };
}

/** A model entry with no inputs or operators: enough for the board and the history to name it. */
export function model(id: string, name: string, over: Partial<Model> = {}): Model {
  return {
    id,
    name,
    path: `${id}.onnx`,
    sha256: '0'.repeat(64),
    size: 1,
    opset: [],
    producer: { name: '', version: '' },
    inputs: [],
    outputs: [],
    params: 1,
    operators: {},
    metadata: {},
    addedAt: NOW,
    ...over,
  };
}

/** One frozen scorecard row: an accuracy requirement with no value unless `over` gives one. */
export function scorecardRow(over: Partial<ScorecardRow> = {}): ScorecardRow {
  return {
    requirement: 'R-1',
    title: 'R-1',
    metric: 'accuracy',
    op: '>=',
    target: 1,
    unit: '',
    priority: 'must',
    value: null,
    gap: null,
    relGap: null,
    status: 'untested',
    evidence: '',
    ...over,
  };
}

/** Closed iteration number `n` with its frozen scorecard. */
export function closedIteration(n: number, scorecard: ScorecardRow[], over: Partial<Iteration> = {}): Iteration {
  return {
    id: `IT-${n}`,
    name: `Iteration ${n}`,
    status: 'closed',
    startedAt: NOW,
    closedAt: NOW,
    notes: '',
    datasets: [],
    scorecard,
    ...over,
  };
}

export function version(
  v: number,
  classes: Record<string, number>,
  over: Partial<DatasetVersion> = {},
): DatasetVersion {
  const count = Object.values(classes).reduce((a, b) => a + b, 0);
  return {
    version: v,
    createdAt: NOW,
    layout: 'imagefolder',
    source: 'data',
    notes: '',
    classes: Object.keys(classes),
    stats: { count, classes, splits: {}, slices: {} },
    batches: [],
    ...over,
  };
}

/** A fixed data-metrics stand-in, so scoring tests do not depend on the datasets module. */
export function fakeDataMetrics(v: DatasetVersion): Record<string, number | null> {
  return {
    'data.count': v.stats.count,
    'data.min_class_count': Math.min(...Object.values(v.stats.classes)),
    'labeling.cost': v.version * 1000,
  };
}
