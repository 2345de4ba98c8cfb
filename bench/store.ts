/**
 * Sample-store benchmarks at production size: a one-line edit on a project with 3 versions of
 * `n` samples and 20 runs of `n` predictions against the same edit on an empty project (one
 * run, alternating, so load from elsewhere lands on both), opening it, registering an
 * `n`-file folder (a child process, for its peak RSS), a version diff and a run comparison.
 * Edits, opening, diff and compare go through the CLI's commands in this process — the same
 * core calls the app makes — and each answer is checked against what the synthetic data was
 * built to give. A row whose command fails (an older project schema that cannot read the
 * synthetic project, say) is printed as "not run" with the reason instead of a figure.
 *
 * `GAPBOARD_BENCH_SAMPLES=10000 npm run bench -- store` for a quick run (default 1,000,000);
 * `GAPBOARD_BENCH_STORE_ONLY=diff` (or `edit`, `register`, `eval`, comma-separated) runs only those
 * parts; `eval` records a run on a registered `n`-file folder (see store-eval.ts).
 */
import { spawnSync } from 'node:child_process';
import { promises as fs, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { runCli } from '../main/core/cli/run-cli.js';
import { ProjectSession } from '../main/core/project/session.js';
import type { Row } from './row.js';
import { appEditRows } from './store-app-edit.js';
import { evalRecordPart } from './store-eval.js';
import { expectedCommon, expectedDiff, writeSyntheticProject } from './store-synth.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'bin/gapboard.mjs');

export interface StoreBenchSizes {
  /** Samples per version and predictions per run. */
  samples: number;
  /** Files in the folder `dataset add` registers. */
  registerFiles: number;
  /** Alternating timings per edit / open comparison. */
  rounds: number;
  /** Which parts to run (`edit`, `diff`, `register`, `eval`); all when unset. */
  only: ReadonlySet<string> | null;
}

export function storeBenchSizes(env = process.env): StoreBenchSizes {
  const n = Number(env.GAPBOARD_BENCH_SAMPLES ?? 1_000_000);
  if (!Number.isInteger(n) || n < 100) throw new Error('GAPBOARD_BENCH_SAMPLES must be a whole number ≥ 100');
  const only = env.GAPBOARD_BENCH_STORE_ONLY?.split(',').map((p) => p.trim());
  const parts = ['edit', 'diff', 'register', 'eval'];
  const unknown = only?.filter((p) => !parts.includes(p)) ?? [];
  if (unknown.length)
    throw new Error(`GAPBOARD_BENCH_STORE_ONLY: ${unknown.join(', ')} is not one of ${parts.join(', ')}`);
  return { samples: n, registerFiles: n, rounds: 5, only: only ? new Set(only) : null };
}

const median = (v: number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const big = (n: number): string => n.toLocaleString('en');
/** A row that could not be measured, with the first sentence of why (the command's name dropped). */
function notRun(name: string, why: string): Row {
  const first = why
    .trim()
    .split('\n')[0]!
    .replace(/^gapboard [a-z ]+: /, '');
  const sentence = /^.*?[.)](?=\s|$)/.exec(first)?.[0] ?? first;
  return {
    name: `${name}: not run: ${sentence.length > 110 ? `${sentence.slice(0, 109)}…` : sentence}`,
    value: NaN,
    unit: '',
  };
}

/** Runs one CLI command in this process; wall seconds and what it printed. */
async function cli(argv: string[]): Promise<{ code: number; out: string; err: string; seconds: number }> {
  let out = '';
  let err = '';
  const io = {
    out: (t: string) => void (out += t),
    err: (t: string) => void (err += t),
    cwd: ROOT,
    now: () => new Date().toISOString(),
  };
  const t = performance.now();
  const code = await runCli(argv, io);
  return { code, out, err, seconds: (performance.now() - t) / 1000 };
}

const ADD = ['--metric', 'accuracy', '--op', '>=', '--target', '0.9', '--title'];

/** Wall seconds of one whole `gapboard` process (start-up, bundle load, the command). */
function processSeconds(args: string[]): number {
  const t = performance.now();
  const child = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: 'ignore' });
  if (child.status !== 0) throw new Error(`gapboard ${args.slice(0, 2).join(' ')} failed (exit ${child.status})`);
  return (performance.now() - t) / 1000;
}

/**
 * The same edit and opening as whole `gapboard` processes, the way a script or CI runs them:
 * process start-up counts on both sides, as it does for the person waiting.
 */
function wholeProcess(bigFile: string, emptyFile: string, label: string, rounds: number): Row[] {
  const e: [number[], number[]] = [[], []];
  const o: [number[], number[]] = [[], []];
  for (let r = 1; r <= rounds; r++) {
    for (const side of r % 2 ? ([0, 1] as const) : ([1, 0] as const)) {
      const file = side === 0 ? bigFile : emptyFile;
      e[side].push(processSeconds(['requirement', 'add', file, ...ADD, `P${r}`]));
      o[side].push(processSeconds(['info', file]));
    }
  }
  return [
    { name: 'gapboard requirement add (whole process), empty project', value: median(e[1]), unit: 's' },
    {
      name: `gapboard requirement add (whole process), ${label}`,
      value: median(e[0]),
      unit: 's',
      ratio: median(e[0]) / median(e[1]),
      target: '≤ 1.5×',
    },
    { name: 'gapboard info (whole process), empty project', value: median(o[1]), unit: 's' },
    {
      name: `gapboard info (whole process), ${label}`,
      value: median(o[0]),
      unit: 's',
      ratio: median(o[0]) / median(o[1]),
    },
  ];
}

/** `requirement add` and `info` on both projects, alternating; ratios big / empty. */
async function editAndOpen(bigFile: string, emptyFile: string, n: number, rounds: number): Promise<Row[]> {
  const label = `3 versions × ${big(n)} samples, 20 runs`;
  const edit = (file: string, k: number) => cli(['requirement', 'add', file, ...ADD, `R${k}`]);
  const rows: Row[] = [];
  const first = await edit(bigFile, 0);
  if (first.code !== 0) return [notRun(`requirement add, ${label}`, first.err), notRun(`open, ${label}`, first.err)];
  const e: [number[], number[]] = [[], []];
  const o: [number[], number[]] = [[], []];
  for (let r = 1; r <= rounds; r++) {
    const order: [string, 0 | 1][] =
      r % 2
        ? [
            [bigFile, 0],
            [emptyFile, 1],
          ]
        : [
            [emptyFile, 1],
            [bigFile, 0],
          ];
    for (const [file, side] of order) {
      e[side].push((await edit(file, r)).seconds);
      o[side].push((await cli(['info', file])).seconds);
    }
  }
  rows.push(
    { name: 'requirement add (in process), empty project', value: median(e[1]) * 1000, unit: 'ms' },
    {
      name: `requirement add (in process), ${label}`,
      value: median(e[0]) * 1000,
      unit: 'ms',
      ratio: median(e[0]) / median(e[1]),
      target: '≤ 1.5×',
    },
    { name: 'open (info, in process), empty project', value: median(o[1]) * 1000, unit: 'ms' },
    {
      name: `open (info, in process), ${label}`,
      value: median(o[0]),
      unit: 's',
      ratio: median(o[0]) / median(o[1]),
      target: '≤ 1 s',
    },
    ...wholeProcess(bigFile, emptyFile, label, Math.min(rounds, 3)),
    ...(await appEditRows(bigFile, emptyFile, label, rounds)),
  );
  return rows;
}

async function diffAndCompare(file: string, n: number): Promise<Row[]> {
  const rows: Row[] = [];
  const diffName = `dataset diff v1 → v2, ${big(n)} samples each`;
  const d = await cli(['dataset', 'diff', file, 'bench@v1', 'bench@v2', '--json']);
  if (d.code !== 0) rows.push(notRun(diffName, d.err));
  else {
    const got = (JSON.parse(d.out) as { counts: Record<string, number> }).counts;
    const want = expectedDiff(n);
    const wrong = Object.entries(want).filter(([k, v]) => got[k] !== v);
    if (wrong.length)
      rows.push(notRun(diffName, `WRONG ANSWER: ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`));
    else rows.push({ name: diffName, value: d.seconds, unit: 's', target: '≤ 5 s' });
  }
  const cmpName = `compare RUN-1 vs RUN-2, ${big(n)} predictions each`;
  const c = await cli(['compare', file, 'RUN-1', 'RUN-2', '--json']);
  if (c.code !== 0) rows.push(notRun(cmpName, c.err));
  else {
    const common = (JSON.parse(c.out) as { n_common: number }).n_common;
    if (common !== expectedCommon(n))
      rows.push(notRun(cmpName, `WRONG ANSWER: ${common} common samples, expected ${expectedCommon(n)}`));
    else rows.push({ name: cmpName, value: c.seconds, unit: 's', target: '≤ 5 s' });
  }
  return rows;
}

/** `n` 8×8 gray PNGs as ImageFolder: 10 classes, 100 sub-folders each. */
function writePngFolder(root: string, n: number): void {
  const pngs = Array.from({ length: 256 }, (_, level) => {
    const png = new PNG({ width: 8, height: 8, colorType: 0, inputColorType: 6 });
    for (let i = 0; i < 64; i++) png.data.set([level, (level * 7 + i) & 255, level, 255], i * 4);
    return PNG.sync.write(png, { colorType: 0, inputColorType: 6 });
  });
  for (let c = 0; c < 10; c++)
    for (let s = 0; s < 100; s++) mkdirSync(path.join(root, `c${c}`, `s${s}`), { recursive: true });
  for (let i = 0; i < n; i++)
    writeFileSync(path.join(root, `c${i % 10}`, `s${Math.floor(i / 10) % 100}`, `${i}.png`), pngs[i % 256]!);
}

/** `gapboard dataset add` of an `n`-file folder in a child process: wall time and peak RSS. */
async function register(dir: string, n: number): Promise<Row[]> {
  const data = path.join(dir, 'pngs');
  let t = performance.now();
  writePngFolder(data, n);
  const writeSeconds = (performance.now() - t) / 1000;
  const project = path.join(dir, 'register.gapboard');
  await (await ProjectSession.create(project, 'register', { now: () => new Date().toISOString() })).close();
  const hook = path.join(dir, 'max-rss.cjs');
  await fs.writeFile(
    hook,
    `process.on('exit', () => process.stderr.write('MAXRSS:' + process.resourceUsage().maxRSS + '\\n'));`,
  );
  t = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--require', hook, BIN, 'dataset', 'add', project, '--name', 'many', '--path', data],
    {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 26,
    },
  );
  const secs = (performance.now() - t) / 1000;
  const name = `register ${big(n)} 8×8 PNGs (gapboard dataset add)`;
  const rows: Row[] = [{ name: `write ${big(n)} PNG files for it`, value: writeSeconds, unit: 's' }];
  if (child.status !== 0) return [...rows, notRun(name, child.stderr || `exit ${child.status}`)];
  const rss = Number(/MAXRSS:(\d+)/.exec(child.stderr)?.[1] ?? NaN) / 1024;
  return [
    ...rows,
    { name: `${name}: wall time`, value: secs, unit: 's', target: '≤ 60 s' },
    { name: `${name}: peak RSS`, value: rss, unit: 'MB', target: '≤ 600 MB' },
    { name: `  project file after it`, value: (await fs.stat(project)).size / 1e6, unit: 'MB' },
  ];
}

/** `gapboard eval --record` on an `n`-file folder in a child process: wall time and peak RSS. */
async function evalRecord(dir: string, n: number): Promise<Row[]> {
  const data = path.join(dir, 'eval-pngs');
  writePngFolder(data, n);
  const hook = path.join(dir, 'eval-max-rss.cjs');
  await fs.writeFile(
    hook,
    `process.on('exit', () => process.stderr.write('MAXRSS:' + process.resourceUsage().maxRSS + '\\n'));`,
  );
  return evalRecordPart(dir, data, n, hook, { bin: BIN, cwd: ROOT, big, notRun });
}

/** The 3 × n synthetic project and the empty one, with the rows that describe them. */
async function syntheticProjects(dir: string, n: number): Promise<{ file: string; empty: string; rows: Row[] }> {
  const t = performance.now();
  const { file, storeBytes } = await writeSyntheticProject(dir, n);
  const rows: Row[] = [
    {
      name: `write 3 versions × ${big(n)} samples + 20 runs × ${big(n)} predictions into the store`,
      value: (performance.now() - t) / 1000,
      unit: 's',
    },
    { name: '  store size', value: storeBytes / 1e6, unit: 'MB' },
    { name: '  project file', value: (await fs.stat(file)).size / 1e6, unit: 'MB', target: '≤ 2 MB' },
  ];
  const empty = path.join(dir, 'empty.gapboard');
  await (await ProjectSession.create(empty, 'empty', { now: () => new Date().toISOString() })).close();
  return { file, empty, rows };
}

export async function benchStore(sizes: StoreBenchSizes = storeBenchSizes()): Promise<Row[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gapboard-bench-store-'));
  try {
    const n = sizes.samples;
    const part = (name: string) => !sizes.only || sizes.only.has(name);
    const rows: Row[] = [];
    // Only the edit and diff parts read the synthetic project; at 1M it takes minutes to write.
    if (part('edit') || part('diff')) {
      const synthetic = await syntheticProjects(dir, n);
      rows.push(...synthetic.rows);
      if (part('edit')) rows.push(...(await editAndOpen(synthetic.file, synthetic.empty, n, sizes.rounds)));
      if (part('diff')) rows.push(...(await diffAndCompare(synthetic.file, n)));
    }
    if (part('register')) rows.push(...(await register(dir, sizes.registerFiles)));
    if (part('eval')) rows.push(...(await evalRecord(dir, sizes.registerFiles)));
    return rows;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
