#!/usr/bin/env node
// Runs the CLI bundled into out/cli (built on `npm install` / `npm ci` and by `npm run build`),
// so no TypeScript is compiled at start. A checkout without the bundle falls back to the
// TypeScript source through tsx, a development dependency.
import { existsSync } from 'node:fs';

const bundle = new URL('../out/cli/main.js', import.meta.url);
if (existsSync(bundle)) {
  await import(bundle.href);
} else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write('gapboard: the command-line tool is not built; run `npm run build:cli` first.\n');
    process.exit(1);
  }
  register();
  await import('../main/core/cli/main.ts');
}
