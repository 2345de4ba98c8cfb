/**
 * The CLI dispatcher over a given list of commands: finds the command (one or two words),
 * parses its options strictly, and maps outcomes to exit codes — 0 done, 1 failed (with a
 * message), 2 wrong usage. It imports no command, so a process that needs one command (a test
 * child) does not load the evaluation engine; `run-cli.ts` binds it to every command.
 */
import { parseArgs } from 'node:util';
import { GapboardError } from '../project/errors.js';
import { UsageError, type CliIo, type CommandSpec, type OptionValues } from './types.js';

export function usageText(commands: readonly CommandSpec[]): string {
  const lines = ['Usage: gapboard <command> [options]', '', 'Commands:'];
  const width = Math.max(...commands.map((c) => c.name.length));
  for (const c of commands) lines.push(`  ${c.name.padEnd(width)}  ${c.summary}`);
  lines.push('', 'Run `gapboard <command> --help` for the options of one command.');
  return lines.join('\n') + '\n';
}

function findCommand(argv: string[], commands: readonly CommandSpec[]): { spec: CommandSpec; rest: string[] } | null {
  const two = argv.slice(0, 2).join(' ');
  const byTwo = commands.find((c) => c.name === two);
  if (byTwo) return { spec: byTwo, rest: argv.slice(2) };
  const byOne = commands.find((c) => c.name === argv[0]);
  return byOne ? { spec: byOne, rest: argv.slice(1) } : null;
}

const SIZE_UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/** `--max-size 512M` (or bytes, K, M, G) applies to every command that opens a project. */
function takeMaxSize(argv: string[]): { argv: string[]; maxSize?: number } {
  const at = argv.findIndex((a) => a === '--max-size' || a.startsWith('--max-size='));
  if (at < 0) return { argv };
  const inline = argv[at]!.includes('=');
  const value = inline ? argv[at]!.slice('--max-size='.length) : argv[at + 1];
  const match = /^(\d+(?:\.\d+)?)\s*([KMG]?)(?:i?B)?$/i.exec(value ?? '');
  if (!match) throw new UsageError(`--max-size needs a size such as 512M or 2G (got "${value ?? ''}").`);
  const maxSize = Math.floor(Number(match[1]) * SIZE_UNITS[match[2]!.toUpperCase()]!);
  return { argv: [...argv.slice(0, at), ...argv.slice(at + (inline ? 1 : 2))], maxSize };
}

export async function dispatch(argvIn: string[], ioIn: CliIo, commands: readonly CommandSpec[]): Promise<number> {
  let argv = argvIn;
  let io = ioIn;
  try {
    const taken = takeMaxSize(argvIn);
    argv = taken.argv;
    if (taken.maxSize !== undefined) io = { ...ioIn, maxSize: taken.maxSize };
  } catch (err) {
    ioIn.err(`gapboard: ${(err as Error).message}\n`);
    return 2;
  }
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    (argv.length === 0 ? io.err : io.out)(usageText(commands));
    return argv.length === 0 ? 2 : 0;
  }
  const found = findCommand(argv, commands);
  if (!found) {
    io.err(`gapboard: unknown command "${argv.slice(0, 2).join(' ')}".\n\n${usageText(commands)}`);
    return 2;
  }
  const { spec, rest } = found;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`Usage: ${spec.usage}\n\n${spec.summary}\n`);
    return 0;
  }
  try {
    const parsed = parseArgs({ args: rest, options: spec.options, allowPositionals: true, strict: true });
    const { min, max } = spec.positionals;
    if (parsed.positionals.length < min || parsed.positionals.length > max) {
      throw new UsageError(
        parsed.positionals.length < min ? 'Missing an argument.' : `Unexpected argument "${parsed.positionals[max]}".`,
      );
    }
    return await spec.run({ values: parsed.values as OptionValues, positionals: parsed.positionals }, io);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`gapboard ${spec.name}: ${(err as Error).message}\nUsage: ${spec.usage}\n`);
      return 2;
    }
    if (err instanceof GapboardError) {
      io.err(`gapboard ${spec.name}: ${err.message}\n`);
      return 1;
    }
    io.err(`gapboard ${spec.name}: unexpected error: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  }
}
