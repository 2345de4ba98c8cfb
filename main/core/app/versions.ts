/** What Help › About reports: the app's own version and the runtimes it runs on. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AppInfo } from '../../../shared/contract.js';
import { PACKAGE_ROOT } from './paths.js';

function versionOf(packageJson: string): string | null {
  try {
    const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version?: unknown };
    return typeof version === 'string' ? version : null;
  } catch {
    return null;
  }
}

/** The version in the app's own package.json (the CLI and the browser host run from it). */
export function appVersion(): string {
  return versionOf(path.join(PACKAGE_ROOT, 'package.json')) ?? '0.0.0';
}

/**
 * Read from onnxruntime-node's package.json rather than from the loaded library, so asking for
 * the About box never loads the native runtime.
 */
export function runtimeVersions(): AppInfo['versions'] {
  let onnxruntime: string | null = null;
  try {
    const require = createRequire(path.join(PACKAGE_ROOT, 'package.json'));
    onnxruntime = versionOf(require.resolve('onnxruntime-node/package.json'));
  } catch {
    onnxruntime = null;
  }
  return { node: process.versions.node, electron: process.versions.electron ?? null, onnxruntime };
}
