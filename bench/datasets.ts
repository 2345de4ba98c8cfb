/**
 * Dataset benchmarks: hashing throughput of the scan pipeline against `sha256sum`
 * over the same files in the same run, and peak RSS while registering a 100,000-file folder
 * (measured in a child process so this process's own heap does not count).
 *
 * Run alone: `node --import tsx bench/datasets.ts`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanDataset } from '../main/core/datasets/index.js';
import type { Row } from './row.js';

const HASH_FILES = 8;
const HASH_FILE_MB = 32;
const REGISTER_FILES = 100_000;
const CHILD_FLAG = '--register-child';

function seconds(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

async function secondsAsync(fn: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

async function hashingRows(dir: string): Promise<Row[]> {
  const cls = path.join(dir, 'blobs');
  fs.mkdirSync(cls, { recursive: true });
  const chunk = Buffer.alloc(1 << 20);
  const files: string[] = [];
  for (let f = 0; f < HASH_FILES; f++) {
    const file = path.join(cls, `${f}.bin`);
    const fd = fs.openSync(file, 'w');
    for (let i = 0; i < HASH_FILE_MB; i++) {
      chunk.fill(f * 31 + i);
      fs.writeSync(fd, chunk);
    }
    fs.closeSync(fd);
    files.push(file);
  }
  const mb = HASH_FILES * HASH_FILE_MB;
  execFileSync('sha256sum', files); // warm the page cache so both sides read from memory
  const tool = seconds(() => execFileSync('sha256sum', files));
  const two = await secondsAsync(() => scanDataset({ source: dir, workers: 2 }));
  const one = await secondsAsync(() => scanDataset({ source: dir, workers: 1 }));
  return [
    { name: `sha256sum, ${mb} MB in ${HASH_FILES} files`, value: mb / tool, unit: 'MB/s' },
    { name: 'scan hashing, 2 workers', value: mb / two, unit: 'MB/s', ratio: tool / two, target: '≥ 0.8× sha256sum' },
    { name: 'scan hashing, 1 worker', value: mb / one, unit: 'MB/s', ratio: tool / one },
  ];
}

function makeManyFiles(root: string, n: number): void {
  for (let c = 0; c < 100; c++) {
    const dir = path.join(root, `c${String(c).padStart(3, '0')}`);
    fs.mkdirSync(dir, { recursive: true });
    for (let i = 0; i < n / 100; i++)
      fs.writeFileSync(path.join(dir, `${String(i).padStart(5, '0')}.txt`), `${c}/${i}`);
  }
}

async function registerRows(dir: string): Promise<Row[]> {
  const data = path.join(dir, 'many');
  makeManyFiles(data, REGISTER_FILES);
  const project = path.join(dir, 'bench.gapboard');
  const self = fileURLToPath(import.meta.url);
  const t = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', 'tsx', self, CHILD_FLAG, data, project], {
    cwd: path.resolve(path.dirname(self), '..'),
    encoding: 'utf8',
  });
  const secs = Number(process.hrtime.bigint() - t) / 1e9;
  if (child.status !== 0) throw new Error(`register child failed: ${child.stderr}`);
  const { maxRssKb, count } = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as {
    maxRssKb: number;
    count: number;
  };
  if (count !== REGISTER_FILES) throw new Error(`register child saw ${count} files, expected ${REGISTER_FILES}`);
  return [
    {
      name: `register ${REGISTER_FILES.toLocaleString('en')} files: peak RSS`,
      value: maxRssKb / 1024,
      unit: 'MB',
      target: '< 300 MB',
    },
    { name: `register ${REGISTER_FILES.toLocaleString('en')} files: wall time (incl. save)`, value: secs, unit: 's' },
    { name: 'project file size', value: fs.statSync(project).size / 1e6, unit: 'MB' },
  ];
}

/** Child side: open a project, register the folder, save, print peak RSS of the whole process. */
async function registerChild(data: string, project: string): Promise<void> {
  const { ProjectSession } = await import('../main/core/project/session.js');
  const { registerVersion } = await import('../main/core/datasets/index.js');
  const now = () => new Date().toISOString();
  const session = await ProjectSession.create(project, 'bench', { now });
  const { version } = await registerVersion(session, { name: 'many', source: data });
  await session.save();
  await session.close();
  // resourceUsage covers every thread of the process, workers included (Linux: kilobytes).
  process.stdout.write(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, count: version.stats.count }) + '\n');
}

/** Runs both dataset benchmarks in a temp folder (removed afterwards). */
export async function benchDatasets(): Promise<Row[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-bench-ds-'));
  try {
    return [...(await hashingRows(path.join(dir, 'hash'))), ...(await registerRows(dir))];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const invokedAs = process.argv[1] ? path.resolve(process.argv[1]) : '';
if (invokedAs === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === CHILD_FLAG) {
    await registerChild(process.argv[3]!, process.argv[4]!);
  } else {
    for (const r of await benchDatasets()) {
      const ratio = r.ratio !== undefined ? `  ${r.ratio.toFixed(2)}×` : '';
      process.stdout.write(
        `${r.name.padEnd(52)} ${r.value.toFixed(1).padStart(9)} ${r.unit}${ratio}${r.target ? `  (target ${r.target})` : ''}\n`,
      );
    }
  }
}
