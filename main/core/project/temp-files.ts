/**
 * Names of the temporary files Gapboard writes beside a project (the next version of the file,
 * its backup, a lock being set up), and the sweep that removes the ones a crash left behind.
 *
 * A temp name carries the writer's host tag and process id, so a leftover can be proven ours
 * (the exact pattern for this project file) and abandoned (its writer no longer runs on this
 * machine, or it is older than a day) before it is removed. Nothing else is ever deleted.
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A short, file-name-safe tag for this machine (host names may hold any character). */
export const HOST_TAG = createHash('sha256').update(os.hostname()).digest('hex').slice(0, 8);

/** Older than this, a leftover from another machine (a shared folder) is swept too. */
const FOREIGN_AGE_MS = 24 * 60 * 60 * 1000;

export function tempNameFor(target: string): string {
  const dir = path.dirname(target);
  return path.join(dir, `.${path.basename(target)}.${HOST_TAG}-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches the temp files of one project: its own, its backup's and its lock's. */
function leftoverPattern(projectFile: string): RegExp {
  const base = escapeRegExp(path.basename(projectFile));
  // The second form (12 hex digits, no owner) is what earlier builds wrote.
  return new RegExp(`^\\.${base}(?:\\.bak|\\.lock)?\\.(?:([0-9a-f]{8})-(\\d+)-[0-9a-f]{12}|[0-9a-f]{12})\\.tmp$`);
}

/**
 * Removes the abandoned temp files of `projectFile` and returns their names. Called by a
 * writer that holds the project's lock, so no live Gapboard is writing them at that moment.
 */
export async function sweepLeftovers(projectFile: string, nowMs = Date.now()): Promise<string[]> {
  const dir = path.dirname(projectFile);
  const pattern = leftoverPattern(projectFile);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match) continue;
    const full = path.join(dir, name);
    const stat = await fs.lstat(full).catch(() => null);
    if (!stat?.isFile()) continue;
    const [, host, pid] = match;
    const mine = host === HOST_TAG && pid !== undefined;
    const abandoned = mine ? !isAlive(Number(pid)) : nowMs - stat.mtimeMs > FOREIGN_AGE_MS;
    if (!abandoned) continue;
    try {
      await fs.rm(full);
      removed.push(name);
    } catch {
      /* another sweeper got it first, or the folder is read-only: nothing to do */
    }
  }
  return removed;
}
