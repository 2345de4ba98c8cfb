/**
 * Hashes one file synchronously (it runs inside a scan worker, so blocking is the point:
 * plain read(2) calls into one reused buffer are the fastest way Node has to feed sha-256).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { checkImageHeader } from './image-header.js';
import type { ImageInfo } from './types.js';
import type { FileResult } from './worker-protocol.js';

/** Plain-language reasons for the errno codes a scan meets. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'file not found (missing, or removed during the scan)';
    case 'EACCES':
    case 'EPERM':
      return 'cannot read the file (permission denied)';
    case 'ELOOP':
      return 'symlink loop (the link points back at itself)';
    case 'EISDIR':
      return 'not a regular file (a folder)';
    default:
      return `cannot read the file (${code ?? (err as Error).message})`;
  }
}

/**
 * Reads `abs` once: sha-256, size, and for images the header check.
 * `buf` is reused across calls to keep the worker's memory flat; `onBytes` reports progress.
 */
export function hashFile(abs: string, buf: Buffer, onBytes?: (n: number) => void): FileResult {
  let fd: number;
  try {
    // O_NONBLOCK so a FIFO in the folder cannot hang the worker on open.
    fd = fs.openSync(abs, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (err) {
    return { ok: false, reason: describeFsError(err) };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, reason: 'not a regular file (a folder)' };
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file (device, pipe or socket)' };
    if (stat.size === 0) return { ok: false, reason: 'empty file (0 bytes)' };
    const hash = createHash('sha256');
    let size = 0;
    let first = true;
    let image: ImageInfo | undefined;
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      if (first) {
        first = false;
        const check = checkImageHeader(path.extname(abs), buf.subarray(0, n), n >= stat.size);
        if (!check.ok) return { ok: false, reason: check.reason };
        image = check.info ?? undefined;
      }
      hash.update(buf.subarray(0, n));
      size += n;
      onBytes?.(n);
    }
    if (size === 0) return { ok: false, reason: 'empty file (0 bytes)' };
    return image
      ? { ok: true, sha256: hash.digest('hex'), size, image }
      : { ok: true, sha256: hash.digest('hex'), size };
  } catch (err) {
    return { ok: false, reason: describeFsError(err) };
  } finally {
    fs.closeSync(fd);
  }
}
