/** The shape every CLI command has; commands live one per file in ./commands. */
import type { ParseArgsConfig } from 'node:util';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
  now: () => string;
  /** Resolves when the process is asked to stop (Ctrl+C); long commands wait on it. */
  stopSignal?: AbortSignal;
  /** `--max-size`: the largest project file a command opens, in bytes. */
  maxSize?: number;
}

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface ParsedCommand {
  values: OptionValues;
  positionals: string[];
}

export interface CommandSpec {
  /** One or two words: `info`, `dataset add`. */
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  positionals: { min: number; max: number };
  run: (args: ParsedCommand, io: CliIo) => Promise<number>;
}

/** Wrong command line: the runner prints the usage and exits 2. */
export class UsageError extends Error {}
