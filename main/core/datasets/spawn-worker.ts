/**
 * The default way to start a scan worker. From source (.ts under tsx or vitest) the worker is
 * the .ts file loaded through tsx's loader — Node 20 ignores `--import` in a worker's
 * execArgv, so a two-line bootstrap registers tsx inside the thread first. A bundled build
 * passes its own `spawnWorker` pointing at the emitted .js file.
 */
import { spawnModuleWorker } from '../workers/spawn-module-worker.js';
import type { SpawnWorker } from './types.js';

// A worker keeps almost nothing alive between jobs; a small young generation keeps its RSS
// down, which matters for the 300 MB budget of a 100,000-file registration.
export const defaultSpawnWorker: SpawnWorker = () =>
  spawnModuleWorker(import.meta.url, 'scan-worker', { resourceLimits: { maxYoungGenerationSizeMb: 4 } });
