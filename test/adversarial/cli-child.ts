/**
 * A child process running the real CLI dispatcher and `requirement add` command in-process, bundled once so that starting one costs a
 * fraction of a second. Two modes:
 * - `serve`: waits for `{ argv }` messages over IPC, runs each through `runCli`, answers with
 *   the exit code and output (concurrent writers without a process start per round);
 * - `loop <file>`: adds requirements to `<file>` forever, printing each id once saved, so the
 *   parent can SIGKILL it at a random point and check every printed id survived.
 */
import { requirementAddCommand } from '../../main/core/cli/commands/requirement.js';
import { dispatch } from '../../main/core/cli/dispatch.js';

const [mode, file] = process.argv.slice(2);

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await dispatch(
    argv,
    {
      out: (t) => void (out += t),
      err: (t) => void (err += t),
      cwd: process.cwd(),
      now: () => new Date().toISOString(),
    },
    [requirementAddCommand],
  );
  return { code, out, err };
}

const addArgs = (target: string, title: string) => [
  'requirement',
  'add',
  target,
  '--metric',
  'accuracy',
  '--target',
  '0.9',
  '--title',
  title,
];

if (mode === 'serve') {
  process.on('message', (msg: { id: number; file: string; title: string }) => {
    void run(addArgs(msg.file, msg.title)).then((result) => process.send?.({ id: msg.id, ...result }));
  });
  process.send?.({ ready: true });
} else if (mode === 'loop' && file) {
  process.stdout.write('ready\n');
  for (let i = 0; ; i++) {
    const { code, out, err } = await run(addArgs(file, `loop ${process.pid} ${i}`));
    if (code !== 0) {
      process.stderr.write(err);
      process.exit(code);
    }
    process.stdout.write(out);
  }
}
