/**
 * A lock file beside the project (`<file>.lock`) so a second app instance opens the project
 * read-only instead of clobbering it. A lock left by a process that no longer runs on this
 * machine is stale and is taken over.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';

export interface LockOwner {
  pid: number;
  host: string;
  at: string;
  /** Tells two sessions of one process apart (two windows on one file). */
  nonce: string;
}

export interface LockResult {
  acquired: boolean;
  /** Who holds it when not acquired. */
  owner?: LockOwner;
  release: () => Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(lockFile: string): Promise<LockOwner | undefined> {
  try {
    const parsed = JSON.parse(await fs.readFile(lockFile, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return { pid: parsed.pid, host: parsed.host, at: String(parsed.at ?? ''), nonce: String(parsed.nonce ?? '') };
    }
  } catch {
    /* unreadable or half-written lock: treated as stale below */
  }
  return undefined;
}

export async function acquireLock(projectFile: string, now: string): Promise<LockResult> {
  const lockFile = `${projectFile}.lock`;
  const me: LockOwner = { pid: process.pid, host: os.hostname(), at: now, nonce: randomBytes(8).toString('hex') };
  const release = async () => {
    const owner = await readOwner(lockFile);
    if (owner?.nonce === me.nonce) await fs.rm(lockFile, { force: true });
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(lockFile, JSON.stringify(me), { flag: 'wx' });
      return { acquired: true, release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        // A read-only folder (a USB stick, a share): nobody can write, so nothing to guard.
        return { acquired: false, release: async () => undefined };
      }
    }
    const owner = await readOwner(lockFile);
    const stale = !owner || (owner.host === me.host && !isAlive(owner.pid));
    if (!stale) return { acquired: false, owner, release: async () => undefined };
    await fs.rm(lockFile, { force: true });
  }
  return { acquired: false, release: async () => undefined };
}
