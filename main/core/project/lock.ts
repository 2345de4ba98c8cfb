/**
 * A lock file beside the project (`<file>.lock`) so two writers never both hold a project.
 *
 * Ownership is taken in one step: the complete owner record is written to a temp file and
 * hard-linked to the lock name, which fails if any lock exists — so a lock is never seen
 * half-written, and exactly one of two racing writers wins. (Where the file system has no hard
 * links, e.g. FAT on a USB stick, an exclusive create is used; a lock caught empty there is
 * then simply held, not stale.) The holder touches the lock every few seconds (a heartbeat).
 *
 * A lock is stale when its owner on this machine no longer runs, or when its heartbeat is
 * older than a minute — never because it is empty or unreadable. Taking over a stale lock
 * happens under a short second lock (`<file>.lock.steal`), re-reading the lock there, so two
 * processes that both saw it stale cannot each delete the other's fresh lock.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { isAlive, tempNameFor } from './temp-files.js';

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
  /** True while the lock file on disk is still this holder's (checked before every save). */
  stillHeld: () => Promise<boolean>;
}

export interface LockOptions {
  /** Keep trying this long when another live writer holds the lock (0: give up at once). */
  waitMs?: number;
  /** Called once when a wait begins, with the holder (a CLI prints "waiting for …"). */
  onWait?: (owner: LockOwner | undefined) => void;
  signal?: AbortSignal;
}

export const HEARTBEAT_MS = 10_000;
export const STALE_MS = 60_000;
const STEAL_STALE_MS = 5_000;

/** Locks this process holds, so a signal handler can drop them before the process exits. */
const held = new Map<string, string>();

function parseOwner(text: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return { pid: parsed.pid, host: parsed.host, at: String(parsed.at ?? ''), nonce: String(parsed.nonce ?? '') };
    }
  } catch {
    /* an empty or foreign lock: judged by its age below, never treated as free */
  }
  return undefined;
}

interface Seen {
  owner: LockOwner | undefined;
  ino: number;
  mtimeMs: number;
}

async function inspect(lockFile: string): Promise<Seen | null> {
  try {
    const stat = await fs.stat(lockFile);
    const text = await fs.readFile(lockFile, 'utf8');
    return { owner: parseOwner(text), ino: stat.ino, mtimeMs: stat.mtimeMs };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

function isStale(seen: Seen, nowMs: number, staleMs: number): boolean {
  if (nowMs - seen.mtimeMs > staleMs) return true;
  return seen.owner !== undefined && seen.owner.host === os.hostname() && !isAlive(seen.owner.pid);
}

/** Creates `target` holding `text` only if it does not exist; false when it does. */
async function createExclusive(target: string, text: string): Promise<boolean> {
  const tmp = tempNameFor(target);
  try {
    await fs.writeFile(tmp, text, { flag: 'wx' });
    try {
      await fs.link(tmp, target);
      return true;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw err;
    }
  } finally {
    await fs.rm(tmp, { force: true });
  }
  try {
    await fs.writeFile(target, text, { flag: 'wx' });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/** Removes the lock if, re-read under the steal guard, it is still the same stale lock. */
async function takeOverStale(lockFile: string, seen: Seen, me: LockOwner): Promise<void> {
  const guard = `${lockFile}.steal`;
  if (!(await createExclusive(guard, JSON.stringify(me)))) {
    const guardSeen = await inspect(guard);
    if (guardSeen && isStale(guardSeen, Date.now(), STEAL_STALE_MS)) await fs.rm(guard, { force: true });
    return;
  }
  try {
    const again = await inspect(lockFile);
    if (
      again &&
      again.ino === seen.ino &&
      again.owner?.nonce === seen.owner?.nonce &&
      isStale(again, Date.now(), STALE_MS)
    ) {
      await fs.rm(lockFile, { force: true });
    }
  } finally {
    await fs.rm(guard, { force: true });
  }
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

async function ownsLock(lockFile: string, nonce: string): Promise<boolean> {
  const seen = await inspect(lockFile).catch(() => null);
  return seen?.owner?.nonce === nonce;
}

export async function acquireLock(projectFile: string, now: string, opts: LockOptions = {}): Promise<LockResult> {
  const lockFile = `${projectFile}.lock`;
  const me: LockOwner = { pid: process.pid, host: os.hostname(), at: now, nonce: randomBytes(8).toString('hex') };
  const notHeld = (owner?: LockOwner): LockResult => ({
    acquired: false,
    ...(owner ? { owner } : {}),
    release: async () => undefined,
    stillHeld: async () => false,
  });
  const deadline = Date.now() + (opts.waitMs ?? 0);
  let waited = false;
  for (let attempt = 0; ; attempt++) {
    let created: boolean;
    try {
      created = await createExclusive(lockFile, JSON.stringify(me));
    } catch {
      // A read-only folder (a USB stick, a share): nobody can write, so nothing to guard.
      return notHeld();
    }
    if (created) break;
    const seen = await inspect(lockFile).catch(() => null);
    if (seen && isStale(seen, Date.now(), STALE_MS) && attempt < 100) {
      try {
        await takeOverStale(lockFile, seen, me);
      } catch {
        return notHeld(seen.owner);
      }
      if (attempt > 0) await pause(5, opts.signal);
      continue;
    }
    if (Date.now() >= deadline || opts.signal?.aborted) return notHeld(seen?.owner);
    if (!waited) opts.onWait?.(seen?.owner);
    waited = true;
    await pause(Math.min(20 + attempt * 10, 200) * (0.5 + Math.random()), opts.signal);
  }
  held.set(lockFile, me.nonce);
  const beat = setInterval(() => {
    const at = new Date();
    void fs.utimes(lockFile, at, at).catch(() => undefined);
  }, HEARTBEAT_MS);
  beat.unref();
  return {
    acquired: true,
    release: async () => {
      clearInterval(beat);
      held.delete(lockFile);
      if (await ownsLock(lockFile, me.nonce)) await fs.rm(lockFile, { force: true });
    },
    stillHeld: () => ownsLock(lockFile, me.nonce),
  };
}

/**
 * Drops every lock this process holds, synchronously: for a signal handler about to exit,
 * where awaiting is no longer possible. Only locks still carrying this holder's nonce go.
 */
export function releaseHeldLocksSync(): void {
  for (const [lockFile, nonce] of held) {
    try {
      if (parseOwner(readFileSync(lockFile, 'utf8'))?.nonce === nonce) rmSync(lockFile, { force: true });
    } catch {
      /* already gone */
    }
  }
  held.clear();
}
