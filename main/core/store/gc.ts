/**
 * Store garbage: tables no link names any more (a run deleted, a version re-registered, an
 * edit undone before saving) and temp files an interrupted write left behind. Store files are
 * immutable and shared, so nothing is removed on the fly; `gapboard gc` lists them and, when
 * asked, deletes them. Files the backup (`<file>.bak`) links are kept too, so restoring the
 * backup never finds its tables gone.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isAlive } from '../project/temp-files.js';
import { hashOfStoreFile, storeDirFor } from './layout.js';
import { referencedStoreHashes } from './references.js';

/** What a store writer's temp file is called: `.<pid>-<12 hex>.parquet.tmp`. */
const TEMP_NAME = /^\.(\d+)-[0-9a-f]{12}\.parquet\.tmp$/;
/** A temp file untouched this long, whose writer is gone, is a leftover (a live write touches it). */
export const STALE_TEMP_MS = 10 * 60 * 1000;

export interface StoreFileInfo {
  name: string;
  bytes: number;
}

export interface StoreGarbage {
  storeDir: string;
  /** Store files neither the document nor its backup links. */
  unreferenced: StoreFileInfo[];
  /** Store files only the backup links (kept). */
  backupOnly: StoreFileInfo[];
  /** Temp files of interrupted writes; `removable` when their writer is gone and they are stale. */
  temps: (StoreFileInfo & { removable: boolean })[];
  /** Store files the document links (kept). */
  referenced: number;
}

async function backupReferences(projectFile: string): Promise<Set<string>> {
  try {
    return referencedStoreHashes(JSON.parse(await fs.readFile(`${projectFile}.bak`, 'utf8')) as unknown);
  } catch {
    // No backup, or one that is not JSON: it cannot be restored as a project, so it links nothing.
    return new Set();
  }
}

/** Lists the store's garbage for `projectFile` whose document is `doc`; changes nothing. */
export async function findStoreGarbage(projectFile: string, doc: unknown, nowMs = Date.now()): Promise<StoreGarbage> {
  const storeDir = storeDirFor(projectFile);
  const out: StoreGarbage = { storeDir, unreferenced: [], backupOnly: [], temps: [], referenced: 0 };
  let names: string[];
  try {
    names = (await fs.readdir(storeDir)).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return out;
    throw err;
  }
  const linked = referencedStoreHashes(doc);
  const backup = await backupReferences(projectFile);
  for (const name of names) {
    const stat = await fs.lstat(path.join(storeDir, name)).catch(() => null);
    if (!stat?.isFile()) continue;
    const hash = hashOfStoreFile(name);
    const temp = TEMP_NAME.exec(name);
    if (hash !== null) {
      if (linked.has(hash)) out.referenced++;
      else (backup.has(hash) ? out.backupOnly : out.unreferenced).push({ name, bytes: stat.size });
    } else if (temp) {
      const removable = !isAlive(Number(temp[1])) && nowMs - stat.mtimeMs >= STALE_TEMP_MS;
      out.temps.push({ name, bytes: stat.size, removable });
    }
  }
  return out;
}

/**
 * Deletes the unreferenced store files and the removable temp files of `garbage`. The caller
 * holds the project's lock, so no Gapboard is writing a new table for it meanwhile.
 */
export async function deleteStoreGarbage(garbage: StoreGarbage): Promise<{ removed: string[]; bytes: number }> {
  const removed: string[] = [];
  let bytes = 0;
  const doomed = [...garbage.unreferenced, ...garbage.temps.filter((t) => t.removable)];
  for (const f of doomed) {
    await fs.rm(path.join(garbage.storeDir, f.name), { force: true });
    removed.push(f.name);
    bytes += f.bytes;
  }
  return { removed, bytes };
}
