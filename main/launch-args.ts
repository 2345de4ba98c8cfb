/**
 * What a launch asks for, read from its command line: a project file to open (a double-click
 * on Windows and Linux, `gapboard digits.gapboard`, or a second launch forwarding its own
 * arguments), or `--welcome` to start on the welcome screen.
 */
import path from 'node:path';

export const PROJECT_EXTENSION = '.gapboard';

export const isProjectFile = (file: string) => file.toLowerCase().endsWith(PROJECT_EXTENSION);

/**
 * The project file named on a command line, as an absolute path, or null. The first argument
 * is the executable itself; switches that Chromium or Electron add are skipped. A relative
 * path is resolved against the folder the launch was started in, which for a second launch is
 * not the running app's folder.
 */
export function fileFromArgv(argv: readonly string[], cwd: string): string | null {
  const file = argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && isProjectFile(arg))
    .pop();
  return file ? path.resolve(cwd, file) : null;
}

export const wantsWelcome = (argv: readonly string[]) => argv.includes('--welcome');
