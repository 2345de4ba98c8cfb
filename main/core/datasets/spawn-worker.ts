/**
 * The default way to start a scan worker. From source (.ts under tsx or vitest) the worker is
 * the .ts file loaded through tsx's loader — Node 20 ignores `--import` in a worker's
 * execArgv, so a two-line bootstrap registers tsx inside the thread first. A bundled build
 * passes its own `spawnWorker` pointing at the emitted .js file.
 */
import { Worker } from 'node:worker_threads';
import type { SpawnWorker } from './types.js';

export const defaultSpawnWorker: SpawnWorker = () => {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './scan-worker.ts' : './scan-worker.js', import.meta.url);
  if (!fromSource) return new Worker(entry, { resourceLimits: { maxYoungGenerationSizeMb: 4 } });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap =
    `import(${JSON.stringify(tsx)})` +
    `.then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })` +
    `.catch((e) => { setImmediate(() => { throw e; }); });`;
  // A worker keeps almost nothing alive between jobs; a small young generation keeps its RSS
  // down, which matters for the 300 MB budget of a 100,000-file registration.
  return new Worker(bootstrap, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
};
