/** Where things live on disk, for the hosts that run from the repository (CLI, browser host). */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository / package root: the nearest folder above this module with a package.json.
 * Found by walking up because this module runs from main/core/app as source and from out/cli
 * as the bundled CLI.
 */
export const PACKAGE_ROOT = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(start, '../../..');
  }
}

export const RENDERER_DIR = path.join(PACKAGE_ROOT, 'out', 'renderer');
export const SAMPLE_DIR = path.join(PACKAGE_ROOT, 'sample');
export const SAMPLE_FILE_NAME = 'digits.gapboard';

/** Preferences and sample copies; GAPBOARD_DATA_DIR moves it (tests use a temp folder). */
export function defaultDataDir(): string {
  if (process.env.GAPBOARD_DATA_DIR) return path.resolve(process.env.GAPBOARD_DATA_DIR);
  const base = process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config');
  return path.join(base, 'gapboard');
}
