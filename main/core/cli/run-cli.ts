/** The `gapboard` command line: the dispatcher bound to every command. */
import { COMMANDS } from './commands/index.js';
import { dispatch } from './dispatch.js';
import type { CliIo, CommandSpec } from './types.js';

export function runCli(argv: string[], io: CliIo, commands: readonly CommandSpec[] = COMMANDS): Promise<number> {
  return dispatch(argv, io, commands);
}
