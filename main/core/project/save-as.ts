/**
 * Save As: the open document written to a new project file. Paths inside a project are
 * relative to its file's folder, so a copy in the same folder links the same data; a copy in
 * another folder would link nothing, so the files beside the project (datasets, models,
 * documents, the columnar store) are copied with it — into a folder that is empty or new, so
 * nothing there is overwritten. The file the project was opened from is never touched.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { storeDirFor } from '../store/layout.js';
import { GapboardError } from './errors.js';
import { writeAtomic } from './file-io.js';

/** Project files and what Gapboard writes beside them (backup, lock, temp files) stay behind. */
function isProjectFileOrCompanion(name: string): boolean {
  return /\.gapboard($|\.)/i.test(name);
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

async function emptyOrMissing(dir: string): Promise<boolean> {
  try {
    return (await fs.readdir(dir)).length === 0;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw new GapboardError('IO', `${dir} cannot be read: ${(err as Error).message}`);
  }
}

async function clearFolder(dir: string): Promise<void> {
  const names = await fs.readdir(dir).catch(() => []);
  await Promise.all(
    names.map((n) => fs.rm(path.join(dir, n), { recursive: true, force: true }).catch(() => undefined)),
  );
}

/** `file` with the project extension, made absolute. */
export function projectTarget(file: string): string {
  const trimmed = file.trim();
  return path.resolve(trimmed.toLowerCase().endsWith('.gapboard') ? trimmed : `${trimmed}.gapboard`);
}

/**
 * Writes `text` (the serialized document) as the new project file `target`, copying the
 * project's folder along when the target is elsewhere. Returns the new file's absolute path.
 *
 * The store goes to the folder named after the new file, from `storeDir`, where the open
 * session keeps it: the store's name follows the project file's, so a copy under another
 * name would otherwise link nothing, and an older file opened read-only keeps its migrated
 * store in a temporary folder, not beside the file.
 */
export async function writeProjectCopy(
  sourceFile: string,
  text: string,
  file: string,
  storeDir: string = storeDirFor(sourceFile),
): Promise<string> {
  const target = projectTarget(file);
  const sourceStore = storeDirFor(sourceFile);
  const targetStore = storeDirFor(target);
  const from = path.dirname(sourceFile);
  const to = path.dirname(target);
  if (target === sourceFile) {
    throw new GapboardError('BAD_ARGUMENT', `${path.basename(target)} is the file already open: use Save.`);
  }
  if (await exists(target)) {
    throw new GapboardError('EXISTS', `${target} already exists; choose another name, nothing was saved.`);
  }
  if (to !== from) {
    const relative = path.relative(from, to);
    if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) {
      throw new GapboardError(
        'BAD_ARGUMENT',
        `${to} is inside the project's folder, which is copied with it: choose a folder outside ${from}.`,
      );
    }
    if (!(await emptyOrMissing(to))) {
      throw new GapboardError(
        'BAD_ARGUMENT',
        `${to} is not empty: saving into another folder copies the project's files with it, so choose an empty or new folder.`,
      );
    }
  }
  const createdFolder = !(await exists(to));
  const createdStore = !(await exists(targetStore));
  try {
    await fs.mkdir(to, { recursive: true });
    if (to !== from) {
      await fs.cp(from, to, {
        recursive: true,
        errorOnExist: true,
        force: false,
        filter: (src) =>
          src !== sourceStore && (path.dirname(src) !== from || !isProjectFileOrCompanion(path.basename(src))),
      });
    }
    if (path.resolve(storeDir) !== targetStore && (await exists(storeDir))) {
      // Store files are named by their bytes' hash: one already there under a name is the same file.
      await fs.cp(storeDir, targetStore, { recursive: true, errorOnExist: false, force: false });
    }
    await writeAtomic(target, text, { expect: null });
  } catch (err) {
    // Leave no half-made copy behind: the folder was new or empty, so all it holds is ours.
    if (createdFolder) await fs.rm(to, { recursive: true, force: true }).catch(() => undefined);
    else if (to !== from) await clearFolder(to);
    else if (createdStore) await fs.rm(targetStore, { recursive: true, force: true }).catch(() => undefined);
    if (err instanceof GapboardError) throw err;
    throw new GapboardError('IO', `Could not save as ${target}: ${(err as Error).message}`);
  }
  return target;
}
