/**
 * Board benchmarks: opening a project with 200 runs × 10,000 predictions through
 * ProjectSession.open against a bare readFile + JSON.parse of the same file (target ≤ 3×), and
 * computing the board + history for 300 requirements × 200 closed iterations, and rendering
 * that board in Chromium through the browser host (bench/board-render.ts; target ≤ 150 ms).
 *
 * Run alone: `node --import tsx bench/board.ts`.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDocument, serializeDocument } from '../main/core/project/document.js';
import type { ProjectDocument, Requirement, Run, Sample } from '../shared/schema.js';
import { ProjectSession } from '../main/core/project/session.js';
import { renderHtmlReport } from '../main/core/report/html-report.js';
import { currentBoard } from '../main/core/scoring/board.js';
import { projectHistory } from '../main/core/scoring/history.js';
import { scoreAgainst } from '../main/core/scoring/score.js';
import { benchBoardRender } from './board-render.js';
import type { Row } from './row.js';

const NOW = '2025-11-03T10:00:00.000Z';
const CLASSES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Deterministic pseudo-random numbers (the same file every run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A well-formed store hash for links the benchmark never follows. */
const fakeHash = (i: number): string => i.toString(16).padStart(64, '0');

function run(i: number, metrics: Record<string, number>, predictions?: Run['predictions']): Run {
  return {
    id: `RUN-${i}`,
    model: 'M-1',
    dataset: { name: 'digits', version: 1, split: 'test' },
    preprocessing: {
      kind: 'image',
      width: 28,
      height: 28,
      color: 'grayscale',
      scale: 1 / 255,
      tensorLayout: 'NCHW',
      classes: CLASSES,
      input: 'x',
      output: 'y',
    },
    settings: { batch: 32, threads: 2, bench: true },
    status: 'done',
    startedAt: NOW,
    durationMs: 1234,
    metrics,
    flags: [],
    environment: { cpu: 'bench cpu', cores: 2, threads: 2, os: 'linux', runtime: 'onnxruntime-node 1.30.0' },
    ...(predictions ? { predictions } : {}),
    issues: [],
  };
}

function baseDoc(samples: number, rand: () => number): ProjectDocument {
  const doc = createDocument('bench', NOW);
  const list: Sample[] = Array.from({ length: samples }, (_, i) => ({
    path: `${CLASSES[i % 10]}/img-${i}.png`,
    sha256: (i.toString(16).padStart(8, '0') + '0'.repeat(56)).slice(0, 64),
    size: 300 + Math.floor(rand() * 200),
    label: CLASSES[i % 10]!,
    split: 'test',
    ...(i % 7 === 0 ? { slices: ['rotated'] } : {}),
  }));
  const classes = Object.fromEntries(CLASSES.map((c) => [c, samples / 10]));
  doc.datasets.push({
    name: 'digits',
    description: '',
    versions: [
      {
        version: 1,
        createdAt: NOW,
        layout: 'imagefolder',
        source: 'data',
        notes: '',
        classes: CLASSES,
        stats: { count: samples, classes, splits: { test: samples }, slices: { rotated: Math.ceil(samples / 7) } },
        // The manifest lives in the store; the document holds its link (the board never reads it).
        samples: { store: fakeHash(0), rows: list.length, columns: [], fingerprint: fakeHash(0) },
        batches: [],
      },
    ],
  });
  // The model every run names: a project that links a run to a missing model does not open.
  doc.models.push({
    id: 'M-1',
    name: 'bench-mlp',
    path: 'models/bench-mlp.onnx',
    sha256: fakeHash(1_000_000),
    size: 407_080,
    opset: [{ domain: '', version: 17 }],
    producer: { name: 'bench', version: '1' },
    inputs: [{ name: 'x', type: 'float32', shape: ['batch', 1, 28, 28] }],
    outputs: [{ name: 'y', type: 'float32', shape: ['batch', 10] }],
    params: 101_770,
    operators: { Gemm: 2, Relu: 1 },
    metadata: {},
    addedAt: NOW,
  });
  doc.counters.model = 1;
  return doc;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median wall time of `repeats` calls after one untimed warm-up call (JIT, caches). */
async function timeMs(fn: () => unknown, repeats: number, warmUp = true): Promise<number> {
  if (warmUp) await fn();
  const out: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t = process.hrtime.bigint();
    await fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(out);
}

/** 200 finished runs, each linking 10,000 per-sample predictions, on a 10,000-sample version. */
export function buildOpenBenchDoc(): ProjectDocument {
  const rand = rng(1);
  const n = 10_000;
  const doc = baseDoc(n, rand);
  for (let i = 1; i <= 200; i++) {
    // Predictions live in the store: the document holds only a link per run.
    doc.runs.push(run(i, { accuracy: 0.95, latency_p95_ms: 4 + rand() }, { store: fakeHash(i), rows: n, columns: [] }));
  }
  doc.counters.run = 200;
  return doc;
}

async function openRows(dir: string): Promise<Row[]> {
  const file = path.join(dir, 'big.gapboard');
  const text = serializeDocument(buildOpenBenchDoc());
  await writeFile(file, text);
  // Interleaved, so load from the other processes on this machine hits both sides alike.
  const bareRuns: number[] = [];
  const appRuns: number[] = [];
  const bareOpen = async () => JSON.parse(await readFile(file, 'utf8')) as unknown;
  const appOpen = async () => {
    const s = await ProjectSession.open(file, { now: () => NOW });
    await s.close();
  };
  await bareOpen();
  await appOpen();
  for (let i = 0; i < 5; i++) {
    bareRuns.push(await timeMs(bareOpen, 1, false));
    appRuns.push(await timeMs(appOpen, 1, false));
  }
  const bare = median(bareRuns);
  const app = median(appRuns);
  return [
    {
      name: 'project file size (200 runs × 10,000 predictions)',
      value: Math.round(text.length / 1e5) / 10,
      unit: 'MB',
    },
    { name: 'open: bare readFile + JSON.parse', value: Math.round(bare), unit: 'ms' },
    {
      name: 'open: ProjectSession.open (parse, schema, lock)',
      value: Math.round(app),
      unit: 'ms',
      ratio: Math.round((app / bare) * 100) / 100,
      target: '≤ 3× bare',
    },
  ];
}

const METRICS: [string, Requirement['op'], number, string][] = [
  ['accuracy', '>=', 0.97, ''],
  ['slice[rotated].accuracy', '>=', 0.9, ''],
  ['min_class_recall', '>=', 0.93, ''],
  ['latency_p95_ms', '<=', 5, 'ms'],
  ['throughput_qps', '>=', 2000, 'qps'],
  ['model_size_mb', '<=', 1, 'MB'],
  ['data.min_class_count', '>=', 150, 'samples'],
  ['recall[7]', '>=', 0.95, ''],
];

/**
 * 300 requirements and 200 closed iterations (or `size`), each with a real scorecard; targets move every
 * 50 iterations. Exported so the board UI's render benchmark can load the same project.
 */
export function buildBoardBenchDoc(size = { requirements: 300, iterations: 200 }): ProjectDocument {
  const rand = rng(2);
  const doc = baseDoc(100, rand);
  doc.datasets[0]!.versions[0]!.stats.classes = Object.fromEntries(
    CLASSES.map((c) => [c, 120 + Math.floor(rand() * 80)]),
  );
  for (let i = 1; i <= size.requirements; i++) {
    const [metric, op, target, unit] = METRICS[i % METRICS.length]!;
    doc.requirements.push({
      id: `R-${i}`,
      title: `requirement ${i}`,
      metric,
      op,
      target,
      unit,
      priority: (['must', 'should', 'could'] as const)[i % 3]!,
      scope: {},
      owner: '',
      rationale: '',
      source: { who: '' },
      createdAt: NOW,
      history: [],
    });
  }
  for (let it = 1; it <= size.iterations; it++) {
    const q = 0.85 + (0.14 * it) / size.iterations;
    const r = run(it, {
      accuracy: q,
      'slice[rotated].accuracy': q - 0.05,
      min_class_recall: q - 0.03,
      latency_p95_ms: 8 - it / 50,
      throughput_qps: 1000 + it * 8,
      model_size_mb: 1.5 - it / 400,
      'recall[7]': q,
    });
    doc.runs.push(r);
    if (it % 50 === 0)
      for (const req of doc.requirements) req.target = req.op === '>=' ? req.target * 1.001 : req.target * 0.999;
    const card = scoreAgainst(doc, r);
    doc.iterations.push({
      id: `IT-${it}`,
      name: `iteration ${it}`,
      status: 'closed',
      startedAt: NOW,
      closedAt: NOW,
      notes: '',
      candidateRun: r.id,
      datasets: [{ name: 'digits', version: 1 }],
      scorecard: card.rows,
    });
  }
  doc.counters = {
    ...doc.counters,
    requirement: size.requirements,
    run: size.iterations,
    iteration: size.iterations,
  };
  return doc;
}

async function boardRows(): Promise<Row[]> {
  const doc = buildBoardBenchDoc();
  const board = await timeMs(() => currentBoard(doc), 5);
  const history = await timeMs(() => projectHistory(doc), 5);
  const both = await timeMs(() => {
    currentBoard(doc);
    projectHistory(doc);
  }, 5);
  let html = '';
  const report = await timeMs(() => (html = renderHtmlReport(doc, { generatedAt: NOW })), 3);
  return [
    { name: 'currentBoard (300 requirements × 200 iterations)', value: Math.round(board * 10) / 10, unit: 'ms' },
    { name: 'projectHistory (300 requirements × 200 iterations)', value: Math.round(history * 10) / 10, unit: 'ms' },
    { name: 'board + history together', value: Math.round(both * 10) / 10, unit: 'ms' },
    { name: `HTML report (${Math.round(html.length / 1e5) / 10} MB)`, value: Math.round(report), unit: 'ms' },
  ];
}

/** Runs the board benchmarks and returns one row per figure. */
export async function benchBoard(): Promise<Row[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gapboard-bench-board-'));
  try {
    // Board first: the 85 MB document of the open benchmark would otherwise still weigh on the GC.
    const board = await boardRows();
    const render = await benchBoardRender(buildBoardBenchDoc());
    return [...(await openRows(dir)), ...board, ...render];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const row of await benchBoard()) {
    process.stdout.write(
      `${row.name.padEnd(56)} ${String(row.value).padStart(9)} ${row.unit}${row.ratio !== undefined ? `  ratio ${row.ratio}` : ''}${row.target ? `  (target ${row.target})` : ''}\n`,
    );
  }
}
