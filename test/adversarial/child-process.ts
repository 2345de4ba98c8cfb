/** Builds the CLI child once per suite run (esbuild, which tsx already brings) and starts it. */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '../..');
let bundled: string | undefined;

export async function childScript(): Promise<string> {
  if (bundled) return bundled;
  // Inside the repository, so the bundle's bare imports (zod, immer…) resolve to node_modules.
  const dir = path.join(ROOT, 'node_modules', '.cache', 'gapboard-adversarial');
  mkdirSync(dir, { recursive: true });
  const out = path.join(dir, `cli-child-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(import.meta.dirname, 'cli-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: out,
    logLevel: 'error',
  });
  bundled = out;
  return out;
}

/** Removes this run's bundle. */
export function removeChildScript(): void {
  if (bundled) rmSync(bundled, { force: true });
  bundled = undefined;
}

/** `node cli-child.mjs <args>`, with an IPC channel (and stdout piped unless IPC is the protocol). */
export async function startChild(args: string[], ipc: boolean): Promise<ChildProcess> {
  const script = await childScript();
  return fork(script, args, {
    cwd: ROOT,
    // The bundle is plain JavaScript: no TypeScript loader (which the parent runs under) needed.
    execArgv: [],
    stdio: ipc ? ['ignore', 'ignore', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe', 'ipc'],
  });
}
