/**
 * Reading and writing project files on disk, with these guarantees:
 * atomic replace (temp file in the same folder, fsync, rename), the previous version kept as
 * `<file>.bak`, and a content hash so a change made by another program is noticed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { GapboardError } from './errors.js';

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads a project file, turning file-system failures into messages that name the file. */
export async function readProjectBytes(file: string): Promise<Buffer> {
  const label = path.basename(file);
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new GapboardError('NOT_FOUND', `${file} does not exist.`);
    }
    throw new GapboardError('IO', `${label} cannot be read: ${(err as Error).message}`);
  }
  if (stat.isDirectory()) {
    throw new GapboardError('NOT_A_FILE', `${file} is a folder, not a project file. Choose a .gapboard file.`);
  }
  try {
    return await fs.readFile(file);
  } catch (err) {
    throw new GapboardError('IO', `${label} cannot be read: ${(err as Error).message}`);
  }
}

async function fsyncDir(dir: string): Promise<void> {
  // Makes the rename durable; not every platform can open a folder, and that is fine there.
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* best effort */
  }
}

/**
 * Replaces `file` with `text` so that a crash at any instant leaves either the old or the new
 * content under `file`, never a mix. The old content is copied to `<file>.bak` first.
 */
export async function writeAtomic(file: string, text: string, keepBackup = true): Promise<void> {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(tmp, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => undefined);
    await fs.rm(tmp, { force: true });
    throw new GapboardError('IO', `Could not write ${path.basename(file)}: ${(err as Error).message}`);
  }
  await handle.close();
  try {
    if (keepBackup) {
      try {
        await fs.copyFile(file, `${file}.bak`);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
    }
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw new GapboardError('IO', `Could not save ${path.basename(file)}: ${(err as Error).message}`);
  }
  await fsyncDir(dir);
}
