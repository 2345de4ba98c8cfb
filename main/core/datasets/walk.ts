/**
 * Walks an ImageFolder tree (`root/<class>/…/<file>`) with `opendir`, which streams entries
 * instead of loading whole directories, and keeps only the relative paths: the one list of the
 * whole folder a scan holds (about 50 bytes a file), since sorting it gives the manifest its
 * order and its length gives the hashing progress a total. Symlinks are followed, with a loop
 * guard on the folders above.
 */
import { promises as fs, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { GapboardError } from '../project/errors.js';
import { describeFsError } from './hash-file.js';
import type { ScanIssue } from './types.js';

export interface WalkResult {
  /** Relative paths (forward slashes) of every regular file under a class folder, sorted. */
  files: string[];
  /** Every top-level folder, sorted — an empty one is still a class (model output order). */
  classDirs: string[];
  issues: ScanIssue[];
}

/** OS litter that is never data; dot-files are skipped too (`.DS_Store`, `.git`, editor swap). */
const IGNORED = new Set(['Thumbs.db', 'desktop.ini']);

function ignored(name: string): boolean {
  return name.startsWith('.') || IGNORED.has(name);
}

interface Dir {
  abs: string;
  rel: string;
  /** dev:ino of this folder and every folder above it, to spot a link back up. */
  ancestors: Set<string>;
}

/**
 * Lists an image folder. `onCount(n)` reports files found so far; aborting `signal` throws
 * CANCELLED. Unreadable entries become issues rather than errors.
 */
export async function walkImageFolder(
  root: string,
  signal?: AbortSignal,
  onCount?: (n: number) => void,
): Promise<WalkResult> {
  const files: string[] = [];
  const classDirs: string[] = [];
  const issues: ScanIssue[] = [];
  const classHasFiles = new Map<string, boolean>();
  const rootStat = await fs.stat(root);
  const stack: Dir[] = [{ abs: root, rel: '', ancestors: new Set([`${rootStat.dev}:${rootStat.ino}`]) }];
  let seen = 0;

  const addFile = (rel: string): void => {
    const slash = rel.indexOf('/');
    if (slash < 0) {
      issues.push({ path: rel, reason: 'not inside a class folder (ImageFolder expects root/<class>/<file>)' });
      return;
    }
    files.push(rel);
    classHasFiles.set(rel.slice(0, slash), true);
    if (files.length % 1000 === 0) onCount?.(files.length);
  };

  while (stack.length > 0) {
    const dir = stack.pop()!;
    let handle;
    try {
      handle = await fs.opendir(dir.abs, { bufferSize: 256 });
    } catch (err) {
      issues.push({ path: `${dir.rel}/`, reason: describeFsError(err).replace('file', 'folder') });
      continue;
    }
    for await (const entry of handle as AsyncIterable<Dirent>) {
      if (++seen % 1000 === 0 && signal?.aborted) throw new GapboardError('CANCELLED', 'The scan was cancelled.');
      if (ignored(entry.name)) continue;
      const rel = dir.rel ? `${dir.rel}/${entry.name}` : entry.name;
      const abs = path.join(dir.abs, entry.name);
      // Node decodes names as UTF-8, replacing bad bytes with U+FFFD; such a name no longer
      // leads back to the entry, so it is reported instead of failing later under another name.
      if (entry.name.includes('\uFFFD') && !(await exists(abs))) {
        issues.push({ path: rel, reason: 'the name is not valid UTF-8, so it cannot be read or recorded; rename it' });
        continue;
      }
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let st: Stats | null = null;
      if (entry.isSymbolicLink() || isDir) {
        try {
          st = await fs.stat(abs);
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          issues.push({
            path: rel,
            reason: code === 'ENOENT' ? 'broken symlink (its target does not exist)' : describeFsError(err),
          });
          continue;
        }
        isDir = st.isDirectory();
        isFile = st.isFile();
      }
      if (isDir && st) {
        const key = `${st.dev}:${st.ino}`;
        if (dir.ancestors.has(key)) {
          issues.push({ path: `${rel}/`, reason: 'symlink loop (the link points back to a folder above it); skipped' });
          continue;
        }
        if (!dir.rel) {
          classDirs.push(entry.name);
          classHasFiles.set(entry.name, classHasFiles.get(entry.name) ?? false);
        }
        stack.push({ abs, rel, ancestors: new Set([...dir.ancestors, key]) });
      } else if (isFile) {
        addFile(rel);
      } else {
        issues.push({ path: rel, reason: 'not a regular file (device, pipe or socket)' });
      }
    }
  }
  for (const [cls, has] of classHasFiles) {
    if (!has) issues.push({ path: `${cls}/`, reason: 'empty class folder (no files)' });
  }
  files.sort(byCodeUnit);
  classDirs.sort(byCodeUnit);
  onCount?.(files.length);
  return { files, classDirs, issues };
}

async function exists(abs: string): Promise<boolean> {
  try {
    await fs.lstat(abs);
    return true;
  } catch {
    return false;
  }
}

/** Locale-independent order, so the same folder sorts the same on every machine. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
