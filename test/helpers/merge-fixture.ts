/** A small, complete project to copy and edit apart in merge tests (every entity kind once). */
import { createDocument } from '../../main/core/project/document.js';
import type { Iteration, ProjectDocument, Requirement, Run } from '../../shared/schema.js';

const SHA = (c: string) => c.repeat(64);

export function requirement(id: string, metric: string, target: number, createdAt: string): Requirement {
  return {
    id,
    title: `${metric} target`,
    metric,
    op: metric.startsWith('latency') ? '<=' : '>=',
    target,
    unit: metric.startsWith('latency') ? 'ms' : '',
    priority: 'must',
    scope: {},
    owner: '',
    rationale: '',
    source: { who: '' },
    createdAt,
    history: [],
  };
}

export function run(id: string, startedAt: string, version = 1, accuracy = 0.9): Run {
  return {
    id,
    model: 'M-1',
    dataset: { name: 'digits', version },
    preprocessing: { kind: 'tabular', classes: ['0', '1'], input: 'x', output: 'y' },
    settings: { batch: 1, threads: 1, bench: false },
    status: 'done',
    startedAt,
    durationMs: 10,
    metrics: { accuracy },
    flags: [],
    environment: { cpu: 'cpu', cores: 2, threads: 1, os: 'linux', runtime: 'ort' },
    issues: [],
  };
}

export function closedIteration(id: string, startedAt: string, runId: string, reqs: Requirement[]): Iteration {
  return {
    id,
    name: `Iteration ${id}`,
    status: 'closed',
    startedAt,
    closedAt: startedAt,
    notes: '',
    candidateRun: runId,
    datasets: [{ name: 'digits', version: 1 }],
    scorecard: reqs.map((r) => ({
      requirement: r.id,
      title: r.title,
      metric: r.metric,
      op: r.op,
      target: r.target,
      unit: r.unit,
      priority: r.priority,
      value: 0.9,
      gap: 0,
      relGap: 0,
      status: 'met' as const,
      evidence: `${runId} · digits@v1`,
    })),
  };
}

export function baseProject(): ProjectDocument {
  const doc = createDocument('Digits', '2026-01-01T00:00:00.000Z');
  const reqs = [
    requirement('R-1', 'accuracy', 0.9, '2026-01-01T01:00:00.000Z'),
    requirement('R-2', 'latency_p95_ms', 20, '2026-01-01T01:01:00.000Z'),
    requirement('R-3', 'macro_f1', 0.8, '2026-01-01T01:02:00.000Z'),
  ];
  doc.requirements = reqs;
  doc.servingTargets = [
    {
      id: 'ST-1',
      name: 'Laptop',
      mode: 'local',
      hardware: { cpu: 'x86', cores: 4, ramGb: 8, gpu: '' },
      runtime: { threads: 2, executionProvider: 'cpu' },
    },
  ];
  doc.datasets = [
    {
      name: 'digits',
      description: '',
      versions: [
        {
          version: 1,
          createdAt: '2026-01-01T02:00:00.000Z',
          layout: 'imagefolder',
          source: 'data/v1',
          notes: '',
          classes: ['0', '1'],
          stats: { count: 0, classes: {}, splits: {}, slices: {} },
          batches: [],
        },
      ],
    },
  ];
  doc.models = [
    {
      id: 'M-1',
      name: 'mlp',
      path: 'models/mlp.onnx',
      sha256: SHA('a'),
      size: 10,
      opset: [],
      producer: { name: 'test', version: '1' },
      inputs: [],
      outputs: [],
      params: 1,
      operators: {},
      metadata: {},
      addedAt: '2026-01-01T03:00:00.000Z',
    },
  ];
  doc.runs = [run('RUN-1', '2026-01-01T04:00:00.000Z')];
  doc.iterations = [closedIteration('IT-1', '2026-01-01T05:00:00.000Z', 'RUN-1', reqs)];
  doc.decisions = [
    {
      id: 'Q-1',
      question: 'How fast must it be?',
      answer: '20 ms',
      askedBy: 'Kim',
      answeredBy: 'Lee',
      status: 'answered',
      at: '2026-01-01T06:00:00.000Z',
      changed: '',
      requirements: ['R-2'],
      datasets: [],
    },
  ];
  doc.counters = { requirement: 3, servingTarget: 1, model: 1, run: 1, iteration: 1, qa: 1, batch: 0 };
  return doc;
}

export const copy = <T>(x: T): T => structuredClone(x);
