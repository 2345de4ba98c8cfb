/**
 * A realistic project for the board e2e tests and screenshots: a digit recognizer with three
 * dataset versions, three evaluated runs and three closed iterations, built the way an
 * engineer scripts the loop — `gapboard requirement / iteration` through the CLI in-process —
 * with what other commands would record (dataset versions, runs) seeded into the file.
 */
import path from 'node:path';
import { runCli } from '../../main/core/cli/run-cli.js';
import type { CliIo } from '../../main/core/cli/types.js';
import { addDecision } from '../../main/core/decisions/decisions.js';
import type { DatasetVersion, Run } from '../../shared/schema.js';
import { ProjectSession } from '../../main/core/project/session.js';

const CLASSES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

function version(v: number, perClass: number, rotated: number, labeled: number, price: number): DatasetVersion {
  const classes = Object.fromEntries(CLASSES.map((c, i) => [c, perClass + ((i * 7) % 23)]));
  const count = Object.values(classes).reduce((a, b) => a + b, 0);
  return {
    version: v,
    createdAt: `2025-10-0${v}T09:00:00.000Z`,
    ...(v > 1 ? { parent: v - 1 } : {}),
    layout: 'imagefolder',
    source: `data/v${v}`,
    notes: v === 3 ? '400 rotated photos from the homework app' : '',
    classes: CLASSES,
    stats: {
      count,
      classes,
      splits: { train: Math.round(count * 0.8), test: count - Math.round(count * 0.8) },
      slices: { rotated },
    },
    batches: [
      {
        id: `LB-${v}`,
        vendor: 'LabelCo',
        guide: { file: 'guide.pdf', version: `${v}.0` },
        unitPrice: price,
        currency: 'KRW',
        ordered: labeled,
        delivered: labeled,
        accepted: labeled,
        orderedAt: `2025-09-2${v}`,
        deliveredAt: `2025-10-0${v}`,
        qa: [],
      },
    ],
  };
}

function run(n: number, metrics: Record<string, number>): Run {
  return {
    id: `RUN-${n}`,
    model: `M-${n}`,
    dataset: { name: 'digits', version: n, split: 'test' },
    preprocessing: {
      kind: 'image',
      width: 28,
      height: 28,
      color: 'grayscale',
      classes: CLASSES,
      input: 'x',
      output: 'y',
    },
    settings: { batch: 32, threads: 2, bench: true },
    status: 'done',
    startedAt: `2025-11-0${n}T10:00:00.000Z`,
    durationMs: 4200,
    metrics,
    flags: [],
    environment: { cpu: 'Intel Core i5', cores: 2, threads: 2, os: 'linux', runtime: 'onnxruntime-node 1.30.0' },
    issues: [],
  };
}

const RUNS: Record<string, number>[] = [
  {
    accuracy: 0.912,
    'slice[rotated].accuracy': 0.78,
    latency_p95_ms: 7.2,
    model_size_mb: 0.82,
    min_class_recall: 0.85,
    throughput_qps: 1500,
  },
  {
    accuracy: 0.951,
    'slice[rotated].accuracy': 0.846,
    latency_p95_ms: 6.4,
    model_size_mb: 0.82,
    min_class_recall: 0.905,
    throughput_qps: 1800,
  },
  {
    accuracy: 0.972,
    'slice[rotated].accuracy': 0.874,
    latency_p95_ms: 6.1,
    model_size_mb: 0.86,
    min_class_recall: 0.941,
    throughput_qps: 2400,
  },
];

/** [title, metric, op, target, priority, unit] — R-1 … R-8 in this order. */
export const REQUIREMENTS = [
  ['Top-1 accuracy', 'accuracy', '>=', '0.97', 'must', ''],
  ['Rotated digits', 'slice[rotated].accuracy', '>=', '0.85', 'must', ''],
  ['p95 latency on the laptop CPU', 'latency_p95_ms', '<=', '5', 'should', 'ms'],
  ['Model fits the mobile bundle', 'model_size_mb', '<=', '1', 'must', 'MB'],
  ['No digit left behind', 'min_class_recall', '>=', '0.93', 'should', ''],
  ['Enough samples per class', 'data.min_class_count', '>=', '150', 'should', 'samples'],
  ['Labeling budget', 'labeling.cost', '<=', '200000', 'could', 'KRW'],
  ['Server QPS at p95 ≤ 20 ms', 'server_qps', '>=', '500', 'could', 'qps'],
] as const;

/**
 * What the board shows afterwards (RUN-3 on digits@v3, R-2's target raised to 0.90):
 * met R-1, R-4, R-5, R-6, R-7; unmet R-2, R-3; untested R-8.
 */
export const EXPECTED = {
  must: { met: 2, total: 3 },
  mustCounts: { met: 2, unmet: 1, untested: 0, withinNoise: 0 },
  all: { met: 5, total: 8 },
  unmet: 2,
  untested: 1,
  iterations: 3,
};

/** Writes the project to `<dir>/digits.gapboard` and returns its path. */
export async function buildBoardProject(dir: string): Promise<string> {
  const file = path.join(dir, 'digits.gapboard');
  let tick = 0;
  const now = () => new Date(Date.UTC(2025, 10, 1 + tick++, 10)).toISOString();
  const io: CliIo = { out: () => undefined, err: (t) => void (errors += t), cwd: dir, now };
  let errors = '';
  const cli = async (...argv: string[]) => {
    if ((await runCli(argv, io)) !== 0) throw new Error(`gapboard ${argv.join(' ')}: ${errors}`);
  };
  const seed = async (fn: (s: ProjectSession) => void) => {
    const s = await ProjectSession.open(file, { now });
    try {
      fn(s);
      await s.save();
    } finally {
      await s.close();
    }
  };

  await cli('new', file, '--name', 'Digit recognizer');
  await seed((s) =>
    s.mutate('seed', (d) => {
      d.project.description = 'Reads handwritten digits from photos of math homework, on the phone and on a laptop.';
      d.servingTargets.push({
        id: 'ST-1',
        name: 'Laptop CPU',
        mode: 'local',
        hardware: { cpu: 'Intel Core i5', cores: 4, ramGb: 8, gpu: '' },
        runtime: { threads: 4, executionProvider: 'cpu' },
      });
      d.counters.servingTarget = 1;
      d.datasets.push({
        name: 'digits',
        description: 'Photos of handwritten digits',
        versions: [version(1, 100, 60, 1000, 50), version(2, 140, 120, 800, 60), version(3, 180, 520, 1200, 60)],
      });
      d.counters.batch = 3;
    }),
  );
  for (const [title, metric, op, target, priority, unit] of REQUIREMENTS) {
    await cli(
      'requirement',
      'add',
      file,
      '--title',
      title,
      '--metric',
      metric,
      '--op',
      op,
      '--target',
      target,
      '--priority',
      priority,
      '--unit',
      unit,
    );
  }
  await seed((s) => {
    s.mutate('serving target', (d) => void (d.requirements.find((r) => r.id === 'R-3')!.servingTarget = 'ST-1'));
    addDecision(s, {
      question: 'How often do users photograph rotated pages?',
      answer: 'About 18% of uploads; they must work as well as upright ones.',
      askedBy: 'Modeling',
      answeredBy: 'Service planning',
      changed: 'R-2 target 0.85 → 0.90; v3 collects 400 rotated photos',
      requirements: ['R-2'],
      datasets: [{ name: 'digits', version: 3 }],
    });
    addDecision(s, {
      question: 'Is a 5 ms p95 needed on 2-core laptops too?',
      askedBy: 'Serving',
      requirements: ['R-3'],
    });
  });
  for (let i = 0; i < 3; i++) {
    await seed((s) =>
      s.mutate('seed run', (d) => {
        d.models.push({
          id: `M-${i + 1}`,
          name: ['mlp-small', 'mlp-wide', 'mlp-wide-aug'][i]!,
          path: `models/m${i + 1}.onnx`,
          sha256: 'a'.repeat(64),
          size: 860_000,
          opset: [{ domain: '', version: 17 }],
          producer: { name: 'gapboard-sample', version: '1' },
          inputs: [{ name: 'x', type: 'float32', shape: [1, 1, 28, 28] }],
          outputs: [{ name: 'y', type: 'float32', shape: [1, 10] }],
          params: 200_000,
          operators: { Gemm: 2, Relu: 1 },
          metadata: {},
          addedAt: `2025-11-0${i + 1}T09:00:00.000Z`,
        });
        d.runs.push(run(i + 1, RUNS[i]!));
        d.counters.model = i + 1;
        d.counters.run = i + 1;
      }),
    );
    const notes = [
      'Baseline MLP on the first 1,000 labels',
      'Wider MLP; 800 more labels',
      'Augmented with rotated photos (v3)',
    ][i]!;
    await cli(
      'iteration',
      'close',
      file,
      '--name',
      `Iteration ${i + 1}`,
      '--run',
      `RUN-${i + 1}`,
      '--notes',
      notes,
      '--datasets',
      `digits@v${i + 1}`,
    );
    if (i === 0)
      await cli(
        'requirement',
        'set',
        file,
        'R-2',
        '--target',
        '0.9',
        '--reason',
        'Planning: rotated photos are 18% of uploads',
      );
  }
  return file;
}
