/**
 * `npm start`: builds the UI, then opens the Electron app — or, where the Electron binary is
 * not installed, says so in one line and starts the browser host instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { findElectronBinary } from './electron-binary.mjs';
import { runStep } from './run-step.mjs';

const args = process.argv.slice(2);
// The bundler's list of emitted files means nothing to someone starting the app: keep it, and
// show it only when the build fails. Its warnings and errors (standard error) pass through.
console.log('Building Gapboard…');
const build = spawnSync('npm', ['run', '--silent', 'build'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
});
if (build.status !== 0) {
  process.stdout.write(build.stdout ?? '');
  process.exit(1);
}

const electronBinary = findElectronBinary();

if (electronBinary) {
  process.exit(await runStep(electronBinary, ['.', ...args]));
}

console.log('Electron is not installed here; starting the browser host instead.');
const serveArgs = args.length > 0 ? args : ['--last'];
const child = spawn(process.execPath, ['bin/gapboard.mjs', 'serve', ...serveArgs], {
  stdio: ['inherit', 'pipe', 'inherit'],
});
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  const url = /(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(chunk.toString())?.[1];
  if (url) openBrowser(url);
});
child.on('exit', (code) => process.exit(code ?? 0));
process.on('SIGINT', () => child.kill('SIGINT'));

/** Opens the system browser where there is one and a display to show it on. */
function openBrowser(url) {
  if (process.env.CI || process.env.GAPBOARD_NO_BROWSER) return;
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const p = spawn(opener, [url], { stdio: 'ignore', detached: true });
  p.on('error', () => undefined);
  p.unref();
}
