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

/**
 * Opening a project for a command that only reads its document: read-only (no lock taken),
 * closed at once. A command that also queries the store uses `withReadProject`.
 */
export async function readProject(io: CliIo, fileArg: string): Promise<{ file: string; doc: ProjectDocument }> {
  const file = path.resolve(io.cwd, fileArg);
  const session = await ProjectSession.open(file, sessionOptions(io, true));
  await session.close();
  return { file, doc: session.doc };
}

/**
 * Opening a project read-only for a command that reads its store too: the session stays open
 * while `fn` runs, since an older file read-only keeps its migrated store only that long.
 */
export async function withReadProject<T>(
  io: CliIo,
  fileArg: string,
  fn: (project: { file: string; doc: ProjectDocument; storeDir: string }) => Promise<T>,
): Promise<T> {
  const file = path.resolve(io.cwd, fileArg);
  const session = await ProjectSession.open(file, sessionOptions(io, true));
  try {
    return await fn({ file, doc: session.doc, storeDir: session.storeDir });
  } finally {
    await session.close();
  }
}
