/**
 * Every read of a store file first proves the file still is what its name says: its bytes
 * hash to its name. A file already proven is not hashed again while it keeps the same
 * identity (device, inode, size, modification and change times): any write changes the
 * change time, which no program can set back.
 */
import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { GapboardError } from '../project/errors.js';
import { storeFilePath } from './layout.js';

/** What a link is for, so an error can say which view lost its data and how to get it back. */
export interface StoreUse {
  /** e.g. "the samples of digits@v2", "the predictions of RUN-4". */
  what: string;
  /** e.g. "register the version again", "run the evaluation again". */
  redo: string;
}

const proven = new Map<string, string>();

function identityKey(stat: { dev: number; ino: number; size: number; mtimeMs: number; ctimeMs: number }): string {
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
}

/** The sha-256 of a file's bytes, streamed (store files can be hundreds of megabytes). */
export async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function restoreHint(storeDir: string, use: StoreUse): string {
  const folder = path.basename(storeDir);
  return `To restore it, copy the ${folder} folder that travelled with the project file back beside it, or ${use.redo}.`;
}

/**
 * The path of a verified store file. Throws STORE_MISSING when it is absent and STORE_ALTERED
 * when its bytes no longer hash to its name; both messages name the file and how to restore it.
 */
export async function verifiedStoreFile(storeDir: string, sha256: string, use: StoreUse): Promise<string> {
  const file = storeFilePath(storeDir, sha256);
  const shown = `${path.basename(storeDir)}/${path.basename(file)}`;
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new GapboardError('STORE_MISSING', `${shown}, ${use.what}, is missing. ${restoreHint(storeDir, use)}`);
    }
    throw new GapboardError('IO', `${shown}, ${use.what}, cannot be read: ${(err as Error).message}`);
  }
  const key = identityKey(stat);
  if (proven.get(file) === key) return file;
  const actual = await hashFile(file);
  if (actual !== sha256) {
    proven.delete(file);
    throw new GapboardError(
      'STORE_ALTERED',
      `${shown}, ${use.what}, was altered: its content no longer matches its hash. ${restoreHint(storeDir, use)}`,
    );
  }
  proven.set(file, key);
  return file;
}

/** The state of one store file, for `gapboard verify`: ok, missing or altered. */
export async function checkStoreFile(storeDir: string, sha256: string): Promise<'ok' | 'missing' | 'altered'> {
  try {
    await verifiedStoreFile(storeDir, sha256, { what: '', redo: '' });
    return 'ok';
  } catch (err) {
    if (err instanceof GapboardError && err.code === 'STORE_MISSING') return 'missing';
    if (err instanceof GapboardError && err.code === 'STORE_ALTERED') return 'altered';
    throw err;
  }
}
