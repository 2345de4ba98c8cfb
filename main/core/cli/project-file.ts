/** How CLI commands open a project: the session options they share, and read-only opening. */
import path from 'node:path';
import { ProjectSession, type SessionOptions } from '../project/session.js';
import type { ProjectDocument } from '../../../shared/schema.js';
import type { CliIo } from './types.js';

/**
 * How long a command that writes waits for another writer of the same file (another
 * `gapboard` command, the app) before it gives up with a message naming that process.
 */
export const LOCK_WAIT_MS = 10_000;

export function sessionOptions(io: CliIo, readOnly = false): SessionOptions {
  return {
    now: io.now,
    readOnly,
    ...(io.maxSize !== undefined ? { maxBytes: io.maxSize } : {}),
    ...(io.stopSignal ? { signal: io.stopSignal } : {}),
    lockWaitMs: LOCK_WAIT_MS,
    onLockWait: (owner) =>
      io.err(
        `Waiting for the project: it is being written by ${owner ? `process ${owner.pid} on ${owner.host}` : 'another Gapboard'}…\n`,
      ),
  };
}

/** Opening a project for a command that only reads it: read-only (no lock taken), closed at once. */
export async function readProject(
  io: CliIo,
  fileArg: string,
): Promise<{ file: string; doc: ProjectDocument; storeDir: string }> {
  const file = path.resolve(io.cwd, fileArg);
  const session = await ProjectSession.open(file, sessionOptions(io, true));
  await session.close();
  return { file, doc: session.doc, storeDir: session.storeDir };
}
