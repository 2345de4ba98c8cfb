/**
 * Process entry of the `gapboard` command: real stdio, real clock, real exit code.
 *
 * Ctrl+C (SIGINT) and SIGTERM ask the running command to stop (its job is cancelled through
 * the stop signal); whatever is still running a moment later is cut short. Either way the
 * exit code is 128 + the signal number, and nothing half-done is left as the project: saves
 * replace the file in one rename, and the locks this process holds are dropped on the way out.
 *
 * A reader that stops early (`gapboard dataset add … | head`) closes stdout under us: the
 * command still finishes its work (a save is never cut short by a pipe), its further output is
 * dropped, and the exit code stays the command's own, with no stack trace on stderr.
 */
import { releaseHeldLocksSync } from '../project/lock.js';
import { runCli } from './run-cli.js';

/** Time the command gets to wind down by itself before the process exits anyway. */
const GRACE_MS = 700;
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

let stdoutClosed = false;
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  stdoutClosed = true;
});

const controller = new AbortController();
let signalled: number | undefined;
for (const name of ['SIGINT', 'SIGTERM'] as const) {
  process.on(name, () => {
    if (signalled !== undefined) return;
    signalled = SIGNAL_EXIT[name];
    process.exitCode = signalled;
    controller.abort();
    setTimeout(() => {
      releaseHeldLocksSync();
      process.exit(signalled);
    }, GRACE_MS).unref();
  });
}

const code = await runCli(process.argv.slice(2), {
  out: (text) => {
    if (!stdoutClosed) process.stdout.write(text);
  },
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  now: () => new Date().toISOString(),
  stopSignal: controller.signal,
});
process.exitCode = signalled ?? code;
if (signalled !== undefined) {
  releaseHeldLocksSync();
  process.exit(signalled);
}
