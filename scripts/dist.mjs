/**
 * `npm run dist`: the installers for this platform (AppImage and deb on Linux, dmg on macOS,
 * NSIS on Windows; see electron-builder.yml), into dist/. Extra arguments go to
 * electron-builder (`npm run dist -- --linux deb`).
 *
 * Packaging needs the Electron binary. Where it is not installed, this says so in one line
 * and exits 1: a release job must not mistake "nothing built" for installers.
 *
 * electron-builder is fetched on demand at a pinned version rather than installed with every
 * `npm ci`: it brings a few hundred packages that only packaging uses.
 */
import { existsSync } from 'node:fs';
import { findElectronBinary } from './electron-binary.mjs';
import { runStep } from './run-step.mjs';

const ELECTRON_BUILDER = 'electron-builder@26.17.0';

if (!findElectronBinary()) {
  console.log(
    'npm run dist: Electron is not installed here, so no installers were built (install it with `npm install` where its download is reachable).',
  );
  process.exit(1);
}

const build = await runStep('npm', ['run', '--silent', 'build']);
if (build !== 0) process.exit(build);

const local = 'node_modules/.bin/electron-builder';
const [cmd, args] = existsSync(local) ? [local, []] : ['npx', ['--yes', ELECTRON_BUILDER]];
process.exit(await runStep(cmd, [...args, '--publish', 'never', ...process.argv.slice(2)]));
