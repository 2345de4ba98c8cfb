/**
 * Reading and writing project files on disk: atomic replace (temp file in the same folder,
 * fsync, rename), the previous version kept as `<file>.bak`, and a content hash plus the file's
 * identity so a change made by another program is noticed before it is overwritten.
 */
import { createHash } from 'node:crypto';
import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { GapboardError } from './errors.js';
import { tempNameFor } from './temp-files.js';

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The largest project file opened without `--max-size`: far above any real project. */
export const DEFAULT_MAX_PROJECT_BYTES = 256 * 1024 * 1024;

/** What makes a file on disk the same file: a replace (rename) or an edit changes it. */
export interface FileIdentity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
}

function identityOf(stat: { dev: number; ino: number; size: number; mtimeMs: number }): FileIdentity {
  return { dev: stat.dev, ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs };
}

export function sameIdentity(a: FileIdentity | null, b: FileIdentity | null): boolean {
  if (!a || !b) return a === b;
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** The identity of `file` now, or null when it does not exist. */
export async function currentIdentity(file: string): Promise<FileIdentity | null> {
  try {
    return identityOf(await fs.stat(file));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KiB`;
  return `${Math.ceil(bytes / (1024 * 1024))} MiB`;
}

/**
 * Refuses, before anything is locked or created beside it, a path that is missing or is not a
 * regular file (a folder, a device, a FIFO). Reading checks again on the opened handle.
 */
export async function checkProjectPath(file: string): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new GapboardError('NOT_FOUND', `${file} does not exist.`);
    throw new GapboardError('IO', `${path.basename(file)} cannot be read: ${(err as Error).message}`);
  }
  if (stat.isDirectory()) {
    throw new GapboardError('NOT_A_FILE', `${file} is a folder, not a project file. Choose a .gapboard file.`);
  }
  if (!stat.isFile()) {
    throw new GapboardError(
      'NOT_A_FILE',
      `${file} is not a regular file (a device, pipe or socket); a project must be a .gapboard file.`,
    );
  }
}

/**
 * Reads a project file and the identity it had, turning file-system failures into messages
 * that name the file. Only a regular file is read (a FIFO or a device such as /dev/zero would
 * block or never end), and only up to `maxBytes`.
 */
export async function readProjectFile(
  file: string,
  maxBytes = DEFAULT_MAX_PROJECT_BYTES,
): Promise<{ bytes: Buffer; identity: FileIdentity }> {
  const label = path.basename(file);
  let handle;
  try {
    // Non-blocking, so opening a FIFO with no writer returns at once instead of waiting.
    handle = await fs.open(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new GapboardError('NOT_FOUND', `${file} does not exist.`);
    if (code === 'EISDIR') {
      throw new GapboardError('NOT_A_FILE', `${file} is a folder, not a project file. Choose a .gapboard file.`);
    }
    throw new GapboardError('IO', `${label} cannot be read: ${(err as Error).message}`);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) {
      throw new GapboardError('NOT_A_FILE', `${file} is a folder, not a project file. Choose a .gapboard file.`);
    }
    if (!stat.isFile()) {
      throw new GapboardError(
        'NOT_A_FILE',
        `${file} is not a regular file (a device, pipe or socket); a project must be a .gapboard file.`,
      );
    }
    if (stat.size > maxBytes) {
      throw new GapboardError(
        'TOO_LARGE',
        `${label} is ${sizeText(stat.size)}, over the ${sizeText(maxBytes)} limit for project files; if it really is a project, raise the limit with --max-size ${Math.ceil((stat.size * 2) / (1024 * 1024))}M.`,
      );
    }
    // Read at most one byte past the limit: a file that grows while being read stays bounded.
    const buffer = Buffer.alloc(Math.min(stat.size + 1, maxBytes + 1));
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > maxBytes) {
      throw new GapboardError(
        'TOO_LARGE',
        `${label} grew past the ${sizeText(maxBytes)} limit while it was being read.`,
      );
    }
    return { bytes: buffer.subarray(0, length), identity: identityOf(stat) };
  } catch (err) {
    if (err instanceof GapboardError) throw err;
    throw new GapboardError('IO', `${label} cannot be read: ${(err as Error).message}`);
  } finally {
    await handle.close();
  }
}

/** Reads a project file's bytes (see `readProjectFile`). */
export async function readProjectBytes(file: string, maxBytes = DEFAULT_MAX_PROJECT_BYTES): Promise<Buffer> {
  return (await readProjectFile(file, maxBytes)).bytes;
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

/** Writes `bytes` to a fresh temp file beside `target`, synced; returns its name. */
async function writeTemp(target: string, bytes: string | Buffer): Promise<string> {
  const tmp = tempNameFor(target);
  const handle = await fs.open(tmp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => undefined);
    await fs.rm(tmp, { force: true });
    throw err;
  } finally {
    await handle.close().catch(() => undefined);
  }
  return tmp;
}

export interface WriteOptions {
  /** The previous content, kept as `<file>.bak` (itself replaced atomically); null: no backup. */
  backup?: Buffer | null;
  /**
   * The identity the file must still have right before it is replaced (null: must not
   * exist); a mismatch means another program wrote it meanwhile, and nothing is replaced.
   */
  expect?: FileIdentity | null;
}

/**
 * Replaces `file` with `text` so that a crash at any instant leaves either the old or the new
 * content under `file`, never a mix — and the same for its backup. Returns the identity the
 * new file has.
 */
export async function writeAtomic(file: string, text: string | Buffer, opts: WriteOptions = {}): Promise<FileIdentity> {
  const dir = path.dirname(file);
  const label = path.basename(file);
  let tmp: string;
  try {
    tmp = await writeTemp(file, text);
  } catch (err) {
    throw new GapboardError('IO', `Could not write ${label}: ${(err as Error).message}`);
  }
  try {
    if (opts.backup) {
      const bakTmp = await writeTemp(`${file}.bak`, opts.backup);
      await fs.rename(bakTmp, `${file}.bak`);
    }
    if (opts.expect !== undefined && !sameIdentity(opts.expect, await currentIdentity(file))) {
      throw new GapboardError(
        'CONFLICT',
        `${label} was changed on disk by another program while it was being saved; nothing was overwritten. Reload it, or save again to overwrite those changes.`,
      );
    }
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    if (err instanceof GapboardError) throw err;
    throw new GapboardError('IO', `Could not save ${label}: ${(err as Error).message}`);
  }
  await fsyncDir(dir);
  return identityOf(await fs.stat(file));
}
