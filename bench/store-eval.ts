/**
 * The `eval` part of the store benchmark: `gapboard eval --record` of a tiny ONNX model on a
 * registered version of `n` 8×8 PNGs, in a child process so its peak RSS is its own. The
 * evaluation reads the version's samples from the store and writes the run's predictions
 * back into it, so this is the figure that shows whether recording a run holds every sample
 * (and every prediction) in memory at once. The answer is checked: the recorded run must
 * hold one prediction per file and have scored every one of them.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeOnnxModel } from '../main/core/models/onnx-writer.js';
import type { Row } from './row.js';

/** Flatten → Gemm on a [N, 1, 8, 8] gray image: 10 scores, fixed weights (no training needed). */
function tinyModel(): Buffer {
  const weights = Array.from({ length: 64 * 10 }, (_, k) => (((Math.floor(k / 10) * 7 + (k % 10) * 3) % 11) - 5) / 50);
  return writeOnnxModel({
    inputs: [{ name: 'x', shape: ['N', 1, 8, 8] }],
    outputs: [{ name: 'y', shape: ['N', 10] }],
    nodes: [
      { op: 'Flatten', inputs: ['x'], outputs: ['flat'], attrs: { axis: 1 } },
      { op: 'Gemm', inputs: ['flat', 'W', 'b'], outputs: ['y'] },
    ],
    initializers: [
      { name: 'W', dims: [64, 10], data: weights },
      { name: 'b', dims: [10], data: new Array<number>(10).fill(0) },
    ],
  });
}

interface Tools {
  bin: string;
  cwd: string;
  big: (n: number) => string;
  notRun: (name: string, why: string) => Row;
}

function gapboard(t: Tools, args: string[], hook?: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [...(hook ? ['--require', hook] : []), t.bin, ...args], {
    cwd: t.cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
}

/**
 * Registers `data` (an ImageFolder of `n` 8×8 gray PNGs in 10 classes) in a new project, then
 * times `gapboard eval --record` on it; `hook` prints the child's peak RSS at exit.
 */
export async function evalRecordPart(dir: string, data: string, n: number, hook: string, t: Tools): Promise<Row[]> {
  const name = `gapboard eval --record, tiny model on ${t.big(n)} 8×8 PNGs`;
  const project = path.join(dir, 'eval.gapboard');
  const model = path.join(dir, 'tiny.onnx');
  await fs.writeFile(model, tinyModel());
  for (const args of [
    ['new', project, '--name', 'eval'],
    ['dataset', 'add', project, '--name', 'many', '--path', data],
    ['model', 'add', project, '--path', model, '--name', 'tiny'],
  ]) {
    const r = gapboard(t, args);
    if (r.status !== 0) return [t.notRun(name, `${args.slice(0, 2).join(' ')}: ${r.stderr || `exit ${r.status}`}`)];
  }
  const start = performance.now();
  const child = gapboard(t, ['eval', project, '--model', 'tiny', '--dataset', 'many@v1', '--record', '--json'], hook);
  const secs = (performance.now() - start) / 1000;
  if (child.status !== 0) return [t.notRun(name, child.stderr || `exit ${child.status}`)];
  const doc = JSON.parse(await fs.readFile(project, 'utf8')) as {
    runs: { predictions?: { rows: number }; issues: unknown[] }[];
  };
  const run = doc.runs[0];
  if (run?.predictions?.rows !== n || run.issues.length !== 0)
    return [
      t.notRun(
        name,
        `WRONG ANSWER: ${run?.predictions?.rows ?? 'no'} predictions and ${run?.issues.length ?? '?'} issues, expected ${n} and 0`,
      ),
    ];
  const rss = Number(/MAXRSS:(\d+)/.exec(child.stderr)?.[1] ?? NaN) / 1024;
  return [
    { name: `${name}: wall time`, value: secs, unit: 's' },
    { name: `${name}: peak RSS`, value: rss, unit: 'MB' },
  ];
}
