/**
 * A synthetic project at production size, written straight into the store format: three
 * versions of `n` samples (each drops the first 1% of its parent, adds 1% new samples and
 * relabels one sample in a hundred) and twenty runs of `n` predictions, as Parquet tables in
 * `<stem>.store/` linked from a small JSON document. No image exists; only the rows do. The
 * construction makes every diff and overlap known in advance, so the bench checks each
 * answer it times.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PREDICTION_COLUMNS, SAMPLE_COLUMNS, storeDirFor, writeStoreTable } from '../main/core/store/index.js';
import type { Row as TableRow } from '../main/core/store/index.js';

export const VERSIONS = 3;
export const RUNS = 20;
const CLASSES = Array.from({ length: 10 }, (_, i) => String(i));
const AT = '2026-01-01T00:00:00.000Z';

/** The sample indices of version `v`: a window that slides by 1% of `n` per version. */
function window(n: number, v: number): [number, number] {
  const shift = (v - 1) * Math.floor(n / 100);
  return [shift, n + shift];
}

/** Version 2 onwards relabels one sample in a hundred. */
const labelOf = (i: number, v: number): number => (i + (v >= 2 && i % 100 === 50 ? 1 : 0)) % 10;
const pathOf = (i: number): string => `s/${String(i).padStart(8, '0')}.png`;
const shaOf = (i: number): string => i.toString(16).padStart(64, '0');

/** What a diff of v1 → v2 must report, from the construction above. */
export function expectedDiff(n: number): { added: number; removed: number; relabeled: number; unchanged: number } {
  const d = Math.floor(n / 100);
  let relabeled = 0;
  for (let i = d; i < n; i++) if (i % 100 === 50) relabeled++;
  return { added: d, removed: d, relabeled, unchanged: n - d - relabeled };
}

/** Samples RUN-1 (on v1) and RUN-2 (on v2) both scored: v1 and v2 share all but 1%. */
export const expectedCommon = (n: number): number => n - Math.floor(n / 100);

function count(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

async function writeVersion(storeDir: string, n: number, v: number) {
  const [from, to] = window(n, v);
  const stats = { count: 0, classes: Object.fromEntries(CLASSES.map((c) => [c, 0])), splits: {}, slices: {} };
  const finger = createHash('sha256');
  function* rows(): Generator<TableRow> {
    for (let i = from; i < to; i++) {
      const label = String(labelOf(i, v));
      const split = i % 5 === 0 ? 'test' : 'train';
      const slices = i % 7 === 0 ? ['dark'] : null;
      stats.count++;
      count(stats.classes, label);
      count(stats.splits, split);
      if (slices) count(stats.slices, 'dark');
      finger.update(`${pathOf(i)}\t${shaOf(i)}\t${label}\n`);
      yield [i - from, pathOf(i), shaOf(i), 100, label, split, slices];
    }
  }
  const w = await writeStoreTable(storeDir, SAMPLE_COLUMNS, rows());
  return {
    version: v,
    createdAt: AT,
    ...(v > 1 ? { parent: v - 1 } : {}),
    layout: 'imagefolder',
    source: 'data/bench',
    notes: '',
    classes: CLASSES,
    stats,
    samples: {
      store: w.sha256,
      rows: w.rows,
      columns: SAMPLE_COLUMNS.map((c) => c.name),
      fingerprint: finger.digest('hex'),
    },
    batches: [],
  };
}

async function writeRun(storeDir: string, n: number, r: number) {
  const v = ((r - 1) % VERSIONS) + 1;
  const [from, to] = window(n, v);
  let right = 0;
  // A finished classification run carries its confusion matrix; comparisons require one.
  const confusion = CLASSES.map(() => CLASSES.map(() => 0));
  function* rows(): Generator<TableRow> {
    for (let i = from; i < to; i++) {
      const truth = labelOf(i, v);
      const roll = (Math.imul(i, 2654435761) ^ Math.imul(r, 40503)) >>> 0;
      const pred = roll % 100 < 8 + r ? (truth + 1) % 10 : truth;
      if (pred === truth) right++;
      (confusion[truth] as number[])[pred]! += 1;
      yield [i - from, null, truth, pred, 500 + (roll % 500), null, null];
    }
  }
  const w = await writeStoreTable(storeDir, PREDICTION_COLUMNS, rows());
  const accuracy = right / n;
  return {
    id: `RUN-${r}`,
    model: 'M-1',
    dataset: { name: 'bench', version: v },
    preprocessing: {
      kind: 'image',
      width: 8,
      height: 8,
      color: 'grayscale',
      classes: CLASSES,
      input: 'x',
      output: 'y',
    },
    settings: { batch: 64, threads: 0, bench: false },
    status: 'done',
    startedAt: AT,
    durationMs: 1000,
    metrics: { accuracy, error_rate: 1 - accuracy },
    confusion,
    flags: [],
    environment: { cpu: 'bench', cores: 2, threads: 2, os: 'linux', runtime: 'onnxruntime-node' },
    predictions: { store: w.sha256, rows: w.rows, columns: ['idx', 'truth', 'pred', 'conf'] },
    issues: [],
  };
}

/**
 * Writes `<dir>/big.gapboard` and its store for `n` samples per version; returns the file and
 * the store's size. The document uses links to the store (`{ store, rows, columns }`), the
 * shape a project keeps once per-sample data lives beside it.
 */
export async function writeSyntheticProject(dir: string, n: number): Promise<{ file: string; storeBytes: number }> {
  const file = path.join(dir, 'big.gapboard');
  const storeDir = storeDirFor(file);
  const versions = [];
  for (let v = 1; v <= VERSIONS; v++) versions.push(await writeVersion(storeDir, n, v));
  const runs = [];
  for (let r = 1; r <= RUNS; r++) runs.push(await writeRun(storeDir, n, r));
  const doc = {
    format: 'gapboard',
    schemaVersion: 2,
    project: { name: 'Bench', description: '', createdAt: AT, team: [] },
    counters: { requirement: 0, servingTarget: 0, model: 1, run: RUNS, iteration: 0, qa: 0, batch: 0 },
    servingTargets: [],
    requirements: [],
    datasets: [{ name: 'bench', description: '', versions }],
    models: [
      {
        id: 'M-1',
        name: 'bench',
        path: 'models/bench.onnx',
        sha256: '0'.repeat(64),
        size: 1,
        opset: [{ domain: '', version: 17 }],
        producer: { name: 'bench', version: '1' },
        inputs: [{ name: 'x', type: 'float32', shape: ['N', 1, 8, 8] }],
        outputs: [{ name: 'y', type: 'float32', shape: ['N', 10] }],
        params: 1,
        operators: {},
        metadata: {},
        addedAt: AT,
      },
    ],
    runs,
    iterations: [],
    decisions: [],
  };
  await fs.writeFile(file, JSON.stringify(doc, null, 2) + '\n');
  let storeBytes = 0;
  for (const name of await fs.readdir(storeDir)) storeBytes += (await fs.stat(path.join(storeDir, name))).size;
  return { file, storeBytes };
}
