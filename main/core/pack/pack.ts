/**
 * `pack`: one plain tar archive of a project, for mail or a USB stick. Everything sits under
 * one folder named after the project (`digits/digits.gapboard`, `digits/digits.store/…`,
 * `digits/models/…`), so `tar -xf` gives the same folder Gapboard's unpack does; a checksum
 * list in `sha256sum` format (`gapboard-pack.sha256`, last) lets anyone check the files.
 *
 * The archive is written to a temp file and renamed into place only when complete, and never
 * replaces an existing file.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../project/document.js';
import { GapboardError } from '../project/errors.js';
import { readProjectFile } from '../project/file-io.js';
import { hashOfStoreFile, storeDirFor } from '../store/layout.js';
import { referencedStoreHashes } from '../store/references.js';
import { linkedFiles, storeFiles, type PackFile, type SkippedLink } from './contents.js';
import { createTarWriter } from './tar-write.js';

/** The checksum list's name at the archive's top, beside the project's folder. */
export const CHECKSUM_LIST = 'gapboard-pack.sha256';

export interface PackResult {
  archive: string;
  /** Files packed, the checksum list not counted. */
  files: number;
  /** Bytes of file content packed. */
  bytes: number;
  skipped: SkippedLink[];
}

/** Names another system would read as something else (a path separator, a new line). */
const AMBIGUOUS_NAME = /[\\\n\r]/;

async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    () => false,
  );
}

/** Moves the finished archive into place without replacing a file that appeared meanwhile. */
async function publish(tmp: string, archive: string): Promise<void> {
  try {
    await fs.link(tmp, archive);
    await fs.rm(tmp);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new GapboardError('EXISTS', `${archive} already exists; choose another name with -o.`);
    // Folders that cannot hold hard links (FAT on a USB stick): checked, then renamed.
    if (await exists(archive))
      throw new GapboardError('EXISTS', `${archive} already exists; choose another name with -o.`);
    await fs.rename(tmp, archive);
  }
}

/** Packs `projectFile` into a new tar archive at `archive`. */
export async function packProject(projectFile: string, archive: string, maxBytes?: number): Promise<PackResult> {
  const { bytes } = await readProjectFile(projectFile, maxBytes);
  const { doc } = parseDocument(bytes, path.basename(projectFile));
  if (await exists(archive))
    throw new GapboardError('EXISTS', `${archive} already exists; choose another name with -o.`);
  const top = path.basename(projectFile, path.extname(projectFile));
  const store = await storeFiles(projectFile);
  const storeName = path.basename(storeDirFor(projectFile));
  const present = new Set(store.map((f) => hashOfStoreFile(path.basename(f.abs))));
  for (const sha of referencedStoreHashes(doc)) {
    if (!present.has(sha)) {
      throw new GapboardError(
        'STORE_MISSING',
        `Cannot pack: ${storeName}/${sha}.parquet, which the project links, is missing. Copy the ${storeName} folder back beside the project file, or redo what made it, then pack again.`,
      );
    }
  }
  const tmp = path.join(path.dirname(archive), `.${path.basename(archive)}.${randomBytes(6).toString('hex')}.tmp`);
  const tar = await createTarWriter(tmp);
  const sums: string[] = [];
  let files = 0;
  let total = 0;
  const add = async (f: PackFile): Promise<string> => {
    if (AMBIGUOUS_NAME.test(f.rel)) {
      throw new GapboardError(
        'BAD_ARGUMENT',
        `Cannot pack ${f.rel}: its name holds a backslash or a line break, which other systems read differently. Rename it and pack again.`,
      );
    }
    const name = `${top}/${f.rel}`;
    const { sha256, size } = await tar.addFile(name, f.abs);
    sums.push(`${sha256}  ${name}\n`);
    files++;
    total += size;
    return sha256;
  };
  try {
    const stat = await fs.stat(projectFile);
    const projectName = `${top}/${path.basename(projectFile)}`;
    sums.push(`${await tar.addBytes(projectName, bytes, Math.floor(stat.mtimeMs / 1000))}  ${projectName}\n`);
    files++;
    total += bytes.length;
    for (const f of store) {
      const sha = await add(f);
      if (sha !== hashOfStoreFile(path.basename(f.abs))) {
        throw new GapboardError(
          'STORE_ALTERED',
          `Cannot pack: ${f.rel} was altered (its content no longer matches its hash). Run \`gapboard verify\` to see what uses it; remove it with \`gapboard gc --delete\` if nothing does.`,
        );
      }
    }
    const skipped = await linkedFiles(projectFile, doc, async (f) => void (await add(f)), new Set([tmp, archive]));
    await tar.addBytes(CHECKSUM_LIST, Buffer.from(sums.join(''), 'utf8'));
    await tar.finish();
    await publish(tmp, archive);
    return { archive, files, bytes: total, skipped };
  } catch (err) {
    await tar.abort();
    await fs.rm(tmp, { force: true });
    throw err;
  }
}
