/** A real project file in a temp folder, driven through `runCli` with captured output. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../../main/core/cli/run-cli.js';
import type { CliIo } from '../../../main/core/cli/types.js';
import { ProjectSession } from '../../../main/core/project/session.js';
import type { DatasetVersion, Model, Run } from '../../../shared/schema.js';

/** Parses JSON output into the shape a test expects (the test's assertions check it). */
export function parseJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export interface Fixture {
  dir: string;
  file: string;
  cli: (...argv: string[]) => Promise<CliResult>;
  /** Seeds what other issues' commands would create (dataset versions, runs) straight into the file. */
  seed: (fn: (s: ProjectSession) => void | Promise<void>) => Promise<void>;
  dispose: () => Promise<void>;
}

export async function fixture(): Promise<Fixture> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gapboard-cli-'));
  const file = path.join(dir, 'digits.gapboard');
  let tick = 0;
  const now = () => new Date(Date.UTC(2025, 10, 1, 0, tick++)).toISOString();
  const cli = async (...argv: string[]): Promise<CliResult> => {
    let out = '';
    let err = '';
    const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t), cwd: dir, now };
    const code = await runCli(argv, io);
    return { code, out, err };
  };
  const created = await cli('new', file, '--name', 'digit recognizer');
  if (created.code !== 0) throw new Error(created.err);
  const seed = async (fn: (s: ProjectSession) => void | Promise<void>) => {
    const s = await ProjectSession.open(file, { now });
    try {
      await fn(s);
      await s.save();
    } finally {
      await s.close();
    }
  };
  return { dir, file, cli, seed, dispose: () => rm(dir, { recursive: true, force: true }) };
}

export function datasetVersion(
  v: number,
  classes: Record<string, number>,
  slices: Record<string, number> = {},
): DatasetVersion {
  return {
    version: v,
    createdAt: '2025-11-01T00:00:00.000Z',
    layout: 'imagefolder',
    source: `data/v${v}`,
    notes: '',
    classes: Object.keys(classes),
    stats: { count: Object.values(classes).reduce((a, b) => a + b, 0), classes, splits: {}, slices },
    batches: [
      {
        id: `LB-${v}`,
        vendor: 'LabelCo',
        guide: { file: 'guide.pdf', version: `${v}.0` },
        unitPrice: 100,
        currency: 'KRW',
        ordered: 100,
        delivered: 100,
        accepted: 90,
        orderedAt: '2025-10-01',
        deliveredAt: '2025-10-10',
        qa: [],
      },
    ],
  };
}

/** The model `doneRun` names (a project refuses to load runs of a model it does not have). */
export function modelM1(): Model {
  return {
    id: 'M-1',
    name: 'mlp',
    path: 'models/mlp.onnx',
    sha256: '0'.repeat(64),
    size: 1,
    opset: [],
    producer: { name: 'test', version: '1' },
    inputs: [],
    outputs: [],
    params: 0,
    operators: {},
    metadata: {},
    addedAt: '2025-11-01T00:00:00.000Z',
  };
}

export function doneRun(n: number, version: number, metrics: Record<string, number>): Run {
  return {
    id: `RUN-${n}`,
    model: 'M-1',
    dataset: { name: 'digits', version, split: 'test' },
    preprocessing: { kind: 'image', classes: ['0', '1'], input: 'x', output: 'y' },
    settings: { batch: 1, threads: 2, bench: true },
    status: 'done',
    startedAt: `2025-11-0${n}T00:00:00.000Z`,
    durationMs: 1000,
    metrics,
    flags: [],
    environment: { cpu: 'test cpu', cores: 2, threads: 2, os: 'linux', runtime: 'onnxruntime-node 1.30.0' },
    issues: [],
  };
}
