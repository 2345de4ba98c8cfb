/**
 * Where store files live: a folder beside the project file named after it (`digits.store/`
 * for `digits.gapboard`), holding one immutable Parquet file per table, named by the sha-256
 * of its bytes. The folder name is derived, never written in the document, so copying the
 * project file together with its folder keeps every link valid on another machine.
 */
import path from 'node:path';

export const STORE_SUFFIX = '.store';
export const STORE_FILE_EXT = '.parquet';

const HASH = /^[0-9a-f]{64}$/;

export function isStoreHash(value: string): boolean {
  return HASH.test(value);
}

/** `<dir>/<stem>.store` for `<dir>/<stem>.gapboard` (any other extension is dropped too). */
export function storeDirFor(projectFile: string): string {
  const abs = path.resolve(projectFile);
  const ext = path.extname(abs);
  const stem = path.basename(abs, ext) || path.basename(abs);
  return path.join(path.dirname(abs), stem + STORE_SUFFIX);
}

/** The file holding the table whose bytes hash to `sha256`. */
export function storeFilePath(storeDir: string, sha256: string): string {
  if (!isStoreHash(sha256)) throw new Error(`Not a store hash: ${sha256}`);
  return path.join(storeDir, sha256 + STORE_FILE_EXT);
}

/** The store hash a file name stands for, or null when it is not a store file. */
export function hashOfStoreFile(name: string): string | null {
  if (!name.endsWith(STORE_FILE_EXT)) return null;
  const stem = name.slice(0, -STORE_FILE_EXT.length);
  return isStoreHash(stem) ? stem : null;
}
