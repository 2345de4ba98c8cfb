/**
 * A project with `n` closed iterations, built to stress chart text: long iteration names (in
 * the reader's language), values that span six orders of magnitude (throughput against a small
 * target), a latency in ms, a count in samples and a labeling budget in KRW.
 */
import { createDocument } from '../../main/core/project/document.js';
import type { DatasetVersion, ProjectDocument, Requirement, Run, ScorecardRow } from '../../shared/schema.js';

const T0 = Date.UTC(2025, 0, 6);
const day = (i: number) => new Date(T0 + i * 7 * 86_400_000).toISOString();

const REQS: [string, string, '>=' | '<=', number, string, 'must' | 'should' | 'could'][] = [
  ['Digits read correctly on homework photos', 'accuracy', '>=', 0.97, '', 'must'],
  ['Instant answer on the teacher laptop', 'latency_p95_ms', '<=', 5, 'ms', 'must'],
  ['Re-grade a class archive quickly', 'throughput_qps', '>=', 2000, 'qps', 'should'],
  ['Enough examples of every digit', 'data.min_class_count', '>=', 150, 'samples', 'should'],
  ['Labeling budget', 'labeling.cost', '<=', 400000, 'KRW', 'could'],
];

function value(metric: string, i: number, n: number): number {
  const f = n > 1 ? i / (n - 1) : 1;
  if (metric === 'accuracy') return Number((0.84 + 0.14 * f).toFixed(4));
  if (metric === 'latency_p95_ms') return Number((9 - 5 * f).toFixed(3));
  if (metric === 'throughput_qps') return Math.round(1_700_000 - 400_000 * f);
  if (metric === 'data.min_class_count') return 100 + Math.round(90 * f);
  return 50_000 + 9_000 * i;
}

/** The project, with iteration names in Korean when `lang` is `ko`. */
export function manyIterations(n: number, lang: 'en' | 'ko' | 'mixed' = 'en'): ProjectDocument {
  const doc = createDocument(lang === 'ko' ? '숫자 인식기' : 'Digit recognizer', day(0));
  doc.requirements = REQS.map(([title, metric, op, target, unit, priority], k): Requirement => ({
    id: `R-${k + 1}`,
    title,
    metric,
    op,
    target,
    unit,
    priority,
    scope: {},
    owner: 'Hyunwoo Lee',
    rationale: '',
    source: { who: '' },
    createdAt: day(0),
    history: [],
  }));
  doc.counters.requirement = REQS.length;
  const versions: DatasetVersion[] = [];
  for (let i = 0; i < n; i++) {
    versions.push({
      version: i + 1,
      createdAt: day(i),
      ...(i > 0 ? { parent: i } : {}),
      layout: 'imagefolder',
      source: `data/v${i + 1}`,
      notes: '',
      classes: ['0', '1'],
      stats: { count: 200 + i, classes: { '0': 100 + i, '1': 100 }, splits: {}, slices: {} },
      batches: [
        {
          id: `LB-${i + 1}`,
          vendor: 'LabelCo',
          guide: { file: 'guide.md', version: '1.0' },
          unitPrice: 50,
          currency: 'KRW',
          ordered: 1000 + 180 * i,
          delivered: 1000 + 180 * i,
          accepted: 1000 + 180 * i,
          orderedAt: day(i),
          deliveredAt: day(i),
          qa: [],
        },
      ],
    });
  }
  doc.datasets = [{ name: 'digits', description: '', versions }];
  doc.models.push({
    id: 'M-1',
    name: 'mlp',
    path: 'models/mlp.onnx',
    sha256: '0'.repeat(64),
    size: 400_000,
    opset: [{ domain: '', version: 13 }],
    producer: { name: 'test', version: '1' },
    inputs: [],
    outputs: [],
    params: 100_000,
    operators: {},
    metadata: {},
    addedAt: day(0),
  });
  doc.counters.model = 1;
  for (let i = 0; i < n; i++) {
    const run: Run = {
      id: `RUN-${i + 1}`,
      model: 'M-1',
      dataset: { name: 'digits', version: i + 1, split: 'test' },
      preprocessing: { kind: 'image', classes: ['0', '1'], input: 'x', output: 'y' },
      settings: { batch: 32, threads: 1, bench: true },
      status: 'done',
      startedAt: day(i),
      durationMs: 1000,
      metrics: Object.fromEntries(REQS.map(([, metric]) => [metric, value(metric, i, n)])),
      flags: [],
      environment: { cpu: 'x86-64', cores: 4, threads: 1, os: 'linux', runtime: 'onnxruntime-node 1.30.0' },
      issues: [],
    };
    doc.runs.push(run);
    const scorecard: ScorecardRow[] = doc.requirements.map((r) => {
      const v = value(r.metric, i, n);
      const gap = Math.max(0, r.op === '>=' ? r.target - v : v - r.target);
      return {
        requirement: r.id,
        title: r.title,
        metric: r.metric,
        op: r.op,
        target: r.target,
        unit: r.unit,
        priority: r.priority,
        value: v,
        gap,
        relGap: gap / Math.abs(r.target),
        status: gap === 0 ? 'met' : 'unmet',
        evidence: `${run.id} · digits@v${i + 1}:test`,
      };
    });
    doc.iterations.push({
      id: `IT-${i + 1}`,
      name:
        lang === 'ko' || (lang === 'mixed' && i % 2 === 1)
          ? `이터레이션 ${i + 1} — 회전된 숫자 사진 보강`
          : `Iteration ${i + 1} — rotated photos and relabeling`,
      status: 'closed',
      startedAt: day(i),
      closedAt: day(i),
      notes: '',
      candidateRun: run.id,
      datasets: [{ name: 'digits', version: i + 1 }],
      scorecard,
    });
  }
  doc.counters.run = n;
  doc.counters.iteration = n;
  doc.counters.batch = n;
  return doc;
}
