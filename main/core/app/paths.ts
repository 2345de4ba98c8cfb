/** Where things live on disk, for the hosts that run from the repository (CLI, browser host). */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository / package root (this file is main/core/app/paths.ts). */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const RENDERER_DIR = path.join(PACKAGE_ROOT, 'out', 'renderer');
export const SAMPLE_DIR = path.join(PACKAGE_ROOT, 'sample');
export const SAMPLE_FILE_NAME = 'digits.gapboard';

/** Preferences and sample copies; GAPBOARD_DATA_DIR moves it (tests use a temp folder). */
export function defaultDataDir(): string {
  if (process.env.GAPBOARD_DATA_DIR) return path.resolve(process.env.GAPBOARD_DATA_DIR);
  const base = process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config');
  return path.join(base, 'gapboard');
}
