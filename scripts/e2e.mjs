/**
 * The end-to-end suite: Electron where its binary is installed, else the browser host in the
 * system Chromium. With no browser at all it says so loudly and skips — except under CI,
 * where a missing browser is a failure. Exit code 3 means "skipped".
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runStep } from './run-step.mjs';

const chromium = process.env.GAPBOARD_CHROMIUM ?? '/usr/bin/chromium';
let electronBinary = null;
try {
  const candidate = createRequire(import.meta.url)('electron');
  if (typeof candidate === 'string' && existsSync(candidate)) electronBinary = candidate;
} catch {
  /* the optional electron package is not installed */
}

if (!electronBinary && !existsSync(chromium)) {
  const line = `!!! E2E NOT RUN: no Electron binary and no Chromium at ${chromium} (apt-get install -y chromium) !!!`;
  console.error(line);
  process.exit(process.env.CI === 'true' ? 1 : 3);
}
if (electronBinary) process.env.GAPBOARD_E2E_ELECTRON = electronBinary;
process.exit(await runStep('npx', ['playwright', 'test', ...process.argv.slice(2)]));
