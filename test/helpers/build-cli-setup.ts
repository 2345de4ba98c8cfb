/**
 * Vitest global setup: bundles the CLI once before the tests, so every test that spawns
 * `bin/gapboard.mjs` runs the JavaScript built from the source under test, never a stale one.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '../..');
  execFileSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { cwd: root, stdio: 'inherit' });
}
