/** Process entry of the `gapboard` command: real stdio, real clock, real exit code. */
import { runCli } from './run-cli.js';

const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
process.once('SIGTERM', () => controller.abort());

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  now: () => new Date().toISOString(),
  stopSignal: controller.signal,
});
process.exitCode = code;
