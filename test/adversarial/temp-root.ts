/**
 * Where the suite makes its folders: a RAM-backed folder when the machine has one, since the
 * suite tests races between processes and kills of processes (not power loss), and a busy
 * disk's fsyncs would only make the rounds slow.
 */
import { accessSync, constants, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function base(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return os.tmpdir();
  }
}

export function suiteDir(prefix: string): string {
  return mkdtempSync(path.join(base(), `gapboard-${prefix}-`));
}
