/**
 * Whole-process benchmarks: `gapboard eval` against the usual PyTorch script (torchvision
 * ImageFolder + DataLoader with 2 workers + the model under no_grad, bench/pytorch_eval.py)
 * on the same images and the same CNN, the CLI's start-up, and peak memory against the
 * dataset size. Every figure is a child process timed from outside, in alternating order, so a
 * burst of load from elsewhere lands on both sides; the data is written to a temp folder.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digits8, digitsCnn, writeDigitsCnn, type Digit } from './digits-cnn.js';
import { writeGray8, writeRgbLarge } from './digits-data.js';
import type { Row } from './row.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/gapboard.mjs');
const PY = join(ROOT, 'bench/pytorch_eval.py');

/** Sizes of every case; the smoke test runs the same code on tiny ones. */
export interface WholeProcessSizes {
  gray8: number;
  rgb: number;
  memorySmall: number;
  memoryLarge: number;
  /** Alternating pairs per comparison. */
  rounds: number;
  /** Start-up timings per command. */
  startupRuns: number;
}

export const FULL_SIZES: WholeProcessSizes = {
  gray8: 20_000,
  rgb: 5_000,
  memorySmall: 10_000,
  memoryLarge: 100_000,
  rounds: 3,
  startupRuns: 9,
};

interface Outcome {
  seconds: number;
  accuracy: number;
  maxRssMb: number;
}

/** Runs a child process; wall seconds, its JSON output's accuracy, and its peak RSS. */
function timed(cmd: string, args: string[], rssHook?: string): Promise<Outcome> {
  const t = performance.now();
  const argv = rssHook ? ['--require', rssHook, ...args] : args;
  return new Promise((resolve, reject) => {
    execFile(cmd, argv, { maxBuffer: 1 << 26, cwd: ROOT }, (err, stdout, stderr) => {
      const seconds = (performance.now() - t) / 1000;
      if (err) return reject(new Error(`${cmd} ${args.join(' ')} failed: ${stderr || err.message}`));
      const json = JSON.parse(stdout) as {
        accuracy?: number;
        metrics?: { accuracy: number };
      };
      const rss = Number(/MAXRSS:(\d+)/.exec(stderr)?.[1] ?? 0) / 1024;
      resolve({ seconds, accuracy: json.accuracy ?? json.metrics?.accuracy ?? NaN, maxRssMb: rss });
    });
  });
}

const gapboardEval = (model: string, data: string, rssHook?: string): Promise<Outcome> =>
  timed(process.execPath, [BIN, 'eval', '--model', model, '--data', data, '--batch', '256', '--json'], rssHook);

/** Where Python and torch are missing, the one line that says so; else null. */
export function torchMissing(): string | null {
  try {
    execFileSync('python3', ['-c', 'import torch, torchvision'], { stdio: 'ignore' });
    return null;
  } catch {
    return 'skipped: python3 with torch and torchvision is not installed';
  }
}

const median = (v: number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] as number;

async function versusTorch(
  name: string,
  data: string,
  modelDir: string,
  rounds: number,
  target: string,
): Promise<Row[]> {
  const model = join(modelDir, 'cnn.onnx');
  await gapboardEval(model, data); // page cache warm for both sides
  const ours: Outcome[] = [];
  const theirs: Outcome[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      theirs.push(await timed('python3', [PY, data, modelDir]));
      ours.push(await gapboardEval(model, data));
    } else {
      ours.push(await gapboardEval(model, data));
      theirs.push(await timed('python3', [PY, data, modelDir]));
    }
  }
  const ratio = median(ours.map((o, i) => (theirs[i] as Outcome).seconds / o.seconds));
  const a = (ours[0] as Outcome).accuracy;
  const b = (theirs[0] as Outcome).accuracy;
  return [
    {
      name: `PyTorch script (ImageFolder, DataLoader 2 workers, no_grad), ${name}`,
      value: median(theirs.map((o) => o.seconds)),
      unit: 's',
    },
    {
      name: `gapboard eval (whole process, batch 256), ${name}`,
      value: median(ours.map((o) => o.seconds)),
      unit: 's',
      ratio,
      target,
    },
    {
      name: `  accuracy: gapboard ${a.toFixed(4)}, PyTorch ${b.toFixed(4)}`,
      value: Math.abs(a - b),
      unit: '(difference)',
    },
  ];
}

/** `gapboard --help` and `gapboard info` on the sample, against a bare `node -e 0`. */
async function startup(runs: number): Promise<Row[]> {
  const wall = async (args: string[]): Promise<number> => {
    const t = performance.now();
    await new Promise<void>((resolve, reject) =>
      execFile(process.execPath, args, { cwd: ROOT }, (err) => (err ? reject(new Error(err.message)) : resolve())),
    );
    return (performance.now() - t) / 1000;
  };
  const help: number[] = [];
  const info: number[] = [];
  const bare: number[] = [];
  for (let r = 0; r < runs; r++) {
    bare.push(await wall(['-e', '0']));
    help.push(await wall([BIN, '--help']));
    info.push(await wall([BIN, 'info', join(ROOT, 'sample/digits.gapboard')]));
  }
  return [
    { name: 'node -e 0 (Node start-up alone)', value: median(bare) * 1000, unit: 'ms' },
    { name: 'gapboard --help', value: median(help) * 1000, unit: 'ms', target: '≤ 150 ms' },
    { name: 'gapboard info sample/digits.gapboard', value: median(info) * 1000, unit: 'ms', target: '≤ 300 ms' },
  ];
}

/** Peak RSS of the whole `gapboard eval` process at two dataset sizes. */
async function memory(dir: string, digits: Digit[], sizes: WholeProcessSizes, modelDir: string): Promise<Row[]> {
  const hook = join(dir, 'max-rss.cjs');
  await writeFile(
    hook,
    `process.on('exit', () => process.stderr.write('MAXRSS:' + process.resourceUsage().maxRSS + '\\n'));`,
  );
  const small = join(dir, 'mem-small');
  const large = join(dir, 'mem-large');
  await writeGray8(small, digits.slice(0, sizes.memorySmall));
  await writeGray8(large, digits.slice(0, sizes.memoryLarge));
  const model = join(modelDir, 'cnn.onnx');
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < sizes.rounds; r++) {
    a.push((await gapboardEval(model, small, hook)).maxRssMb);
    b.push((await gapboardEval(model, large, hook)).maxRssMb);
  }
  return [
    { name: `gapboard eval peak RSS, ${sizes.memorySmall.toLocaleString('en')} samples`, value: median(a), unit: 'MB' },
    {
      name: `gapboard eval peak RSS, ${sizes.memoryLarge.toLocaleString('en')} samples`,
      value: median(b),
      unit: 'MB',
      ratio: median(b) / median(a),
      target: '≤ 1.2×',
    },
  ];
}

export async function benchWholeProcess(sizes: WholeProcessSizes = FULL_SIZES, python = true): Promise<Row[]> {
  const dir = await mkdtemp(join(tmpdir(), 'gapboard-bench-whole-'));
  const rows: Row[] = [];
  try {
    const digits = await digits8(Math.max(sizes.gray8, sizes.rgb, sizes.memoryLarge));
    const modelDir = join(dir, 'model');
    await mkdir(modelDir);
    await writeDigitsCnn(modelDir, digitsCnn(digits.slice(0, 5000)));
    rows.push(...(await startup(sizes.startupRuns)));
    const missing = python ? torchMissing() : 'skipped: not asked to run Python';
    const gray = join(dir, 'gray8');
    const rgb = join(dir, 'rgb');
    await writeGray8(gray, digits.slice(0, sizes.gray8));
    await writeRgbLarge(rgb, digits.slice(0, sizes.rgb));
    if (missing) {
      rows.push({ name: `PyTorch comparison ${missing}`, value: NaN, unit: '' });
      rows.push({
        name: `gapboard eval, ${sizes.gray8} 8×8 gray PNGs`,
        value: (await gapboardEval(join(modelDir, 'cnn.onnx'), gray)).seconds,
        unit: 's',
      });
      rows.push({
        name: `gapboard eval, ${sizes.rgb} 224×224 RGB PNGs → 8×8`,
        value: (await gapboardEval(join(modelDir, 'cnn.onnx'), rgb)).seconds,
        unit: 's',
      });
    } else {
      rows.push(...(await versusTorch(`${sizes.gray8} PNGs 8×8 gray`, gray, modelDir, sizes.rounds, '≥ 4× faster')));
      rows.push(
        ...(await versusTorch(`${sizes.rgb} PNGs 224×224 RGB → 8×8`, rgb, modelDir, sizes.rounds, '≥ 1.1× faster')),
      );
    }
    rows.push(...(await memory(dir, digits, sizes, modelDir)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}
