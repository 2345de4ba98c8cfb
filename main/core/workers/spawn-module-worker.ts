/**
 * Starts a worker thread from a module next to the caller, as TypeScript source (vitest, tsx,
 * the CLI) or as the bundled `.js` file beside the main bundle.
 *
 * Source workers register tsx inside the thread first: Node 20 does not honour
 * `execArgv: ['--import', 'tsx']` for a worker's entry module ("Unknown file extension .ts").
 * tsx is resolved here, in the parent, so a host started from any folder finds it.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** `callerUrl` is the caller's `import.meta.url`; `baseName` has no extension (`scan-worker`). */
export function spawnModuleWorker(callerUrl: string, baseName: string, options: WorkerOptions = {}): Worker {
  const fromSource = callerUrl.endsWith('.ts');
  const entry = new URL(`./${baseName}.${fromSource ? 'ts' : 'js'}`, callerUrl);
  if (!fromSource) return new Worker(entry, options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap =
    `import(${JSON.stringify(tsx)})` +
    `.then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })` +
    // Rethrown outside the promise so the worker's 'error' event reports it.
    `.catch((e) => { setImmediate(() => { throw e; }); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
