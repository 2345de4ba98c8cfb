/**
 * The shipped CLI is plain JavaScript (out/cli, built by scripts/build-cli.mjs before these
 * tests run) and loads the heavy libraries only for the commands that use them.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp.js';
import { flatGemmModel, writePng } from '../eval/fixtures.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const BIN = path.join(ROOT, 'bin/gapboard.mjs');
const OUT = path.join(ROOT, 'out/cli');
const run = promisify(execFile);

/** Every chunk a bundle file imports statically, transitively (dynamic imports excluded). */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(path.join(OUT, file), 'utf8');
  for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s*"\.\/([^"]+)"/gms))
    staticClosure(m[1] as string, seen);
  for (const m of text.matchAll(/^import\s*"\.\/([^"]+)"/gm)) staticClosure(m[1] as string, seen);
  return seen;
}

/** Package names imported statically by a set of bundle files. */
function packagesOf(files: Set<string>): Set<string> {
  const pkgs = new Set<string>();
  for (const f of files) {
    const text = readFileSync(path.join(OUT, f), 'utf8');
    for (const m of text.matchAll(/^import\s[^;]*?from\s*"([^".][^"]*)"/gms)) pkgs.add(m[1] as string);
  }
  return pkgs;
}

/** Runs the bin with a preload that reports, at exit, which native packages were loaded. */
async function loadedNative(args: string[], cwd: string): Promise<{ stdout: string; native: string[] }> {
  const hook = path.join(cwd, 'report-loaded.cjs');
  writeFileSync(
    hook,
    `process.on('exit', () => { const hit = Object.keys(require.cache).filter((k) => /node_modules[\\\\/](onnxruntime-node|sharp)[\\\\/]/.test(k)); process.stderr.write('LOADED:' + JSON.stringify([...new Set(hit.map((k) => /(onnxruntime-node|sharp)/.exec(k)[1]))]) + '\\n'); });`,
  );
  const r = await run(process.execPath, ['--require', hook, BIN, ...args], { cwd });
  const line = /LOADED:(.*)/.exec(r.stderr)?.[1] ?? 'null';
  return { stdout: r.stdout, native: JSON.parse(line) as string[] };
}

describe('the bundled CLI', () => {
  it('starts from a dispatcher whose static imports hold no heavy library', () => {
    const pkgs = packagesOf(staticClosure('main.js'));
    for (const heavy of ['onnxruntime-node', 'sharp', 'zod', 'conf', 'onnx-proto', 'pngjs', 'immer'])
      expect(pkgs.has(heavy), heavy).toBe(false);
  });

  it('--help and info never load onnxruntime or sharp; eval does', async () => {
    const dir = tempDir();
    const help = await loadedNative(['--help'], dir);
    expect(help.stdout).toMatch(/^Usage: gapboard <command>/);
    expect(help.stdout).toMatch(/eval\s+Evaluate an ONNX model/);
    expect(help.native).toEqual([]);

    const info = await loadedNative(['info', path.join(ROOT, 'sample/digits.gapboard'), '--json'], dir);
    expect(JSON.parse(info.stdout)).toMatchObject({ models: 3, runs: 3 });
    expect(info.native).toEqual([]);

    // The evaluation runs in worker threads started from the bundle's own folder.
    for (const cls of ['dark', 'light'])
      for (let i = 0; i < 3; i++)
        await writePng(path.join(dir, 'imgs', cls, `${i}.png`), 4, 4, () =>
          cls === 'dark' ? [10, 10, 10] : [240, 240, 240],
        );
    writeFileSync(
      path.join(dir, 'm.onnx'),
      flatGemmModel(['N', 1, 4, 4], 2, (_k, c) => (c === 0 ? -1 : 1), [8, 0]),
    );
    const ev = await loadedNative(['eval', '--model', 'm.onnx', '--data', 'imgs', '--json'], dir);
    const out = JSON.parse(ev.stdout) as { n: number; metrics: { accuracy: number } };
    expect(out.n).toBe(6);
    expect(out.metrics.accuracy).toBe(1);
    expect(ev.native).toContain('onnxruntime-node');
  });
});
