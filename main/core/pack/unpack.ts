/**
 * `unpack`: a project archive back into a folder. Everything is first written to a hidden
 * staging folder inside the destination and checked — every entry against the archive's
 * checksum list, every store file against the hash its name carries, the project file against
 * its schema, every table the project links present — and only then moved into place in one
 * rename. A refused archive leaves nothing behind, and an existing folder is never replaced.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../project/document.js';
import { GapboardError } from '../project/errors.js';
import { readProjectFile } from '../project/file-io.js';
import { hashOfStoreFile, storeDirFor } from '../store/layout.js';
import { referencedStoreHashes } from '../store/references.js';
import { entrySegments } from './entry-names.js';
import { CHECKSUM_LIST } from './pack.js';
import { readTar } from './tar-read.js';

export interface UnpackResult {
  /** The unpacked project file. */
  projectFile: string;
  /** Files written, the checksum list not counted. */
  files: number;
}

/** The checksum list of an archive of a million files is about 130 MB. */
const MAX_CHECKSUM_LIST = 512 * 1024 * 1024;

function bad(archive: string, why: string): GapboardError {
  return new GapboardError('BAD_ARCHIVE', `${path.basename(archive)} was not unpacked: ${why}.`);
}

function parseChecksums(archive: string, text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [i, line] of text.split('\n').entries()) {
    if (line === '') continue;
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!m) throw bad(archive, `line ${i + 1} of ${CHECKSUM_LIST} is not "<sha-256>  <file>"`);
    out.set(m[2]!, m[1]!);
  }
  return out;
}

async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    () => false,
  );
}

/** Stages every entry of `archive` under `stage`; returns the top folder and each file's hash. */
async function stageEntries(archive: string, stage: string, destDir: string) {
  const label = path.basename(archive);
  const hashes = new Map<string, string>();
  let top: string | null = null;
  let checksums: Map<string, string> | null = null;
  await readTar(archive, async (entry, data) => {
    const segments = entrySegments(label, entry.name);
    const name = segments.join('/');
    if (entry.kind === 'link') {
      throw bad(
        archive,
        `"${entry.name}" is a link (to "${entry.linkTarget}"); a project archive holds only files and folders`,
      );
    }
    if (entry.kind === 'special') throw bad(archive, `"${entry.name}" is a device, pipe or other special file`);
    if (name === CHECKSUM_LIST && entry.kind === 'file') {
      if (checksums) throw bad(archive, `it holds ${CHECKSUM_LIST} twice`);
      checksums = parseChecksums(archive, (await data.bytes(MAX_CHECKSUM_LIST)).toString('utf8'));
      return;
    }
    if (segments.length === 1 && entry.kind === 'file') {
      throw bad(archive, `"${entry.name}" lies outside the project's folder; the archive holds one folder`);
    }
    if (top === null) {
      top = segments[0]!;
      if (await exists(path.join(destDir, top))) {
        throw new GapboardError(
          'EXISTS',
          `${path.join(destDir, top)} already exists; unpack elsewhere with -o, or move it away first.`,
        );
      }
    } else if (segments[0] !== top) {
      throw bad(archive, `it holds two top folders ("${top}" and "${segments[0]}"); a project archive holds one`);
    }
    const target = path.join(stage, ...segments);
    try {
      if (entry.kind === 'dir') return void (await fs.mkdir(target, { recursive: true }));
      if (hashes.has(name)) throw bad(archive, `it holds "${name}" twice`);
      await fs.mkdir(path.dirname(target), { recursive: true });
      hashes.set(name, await data.copyTo(target));
    } catch (err) {
      if (err instanceof GapboardError) throw err;
      throw bad(archive, `"${entry.name}" cannot be written: ${(err as Error).message}`);
    }
  });
  return { top: top as string | null, hashes, checksums: checksums as Map<string, string> | null };
}

/** Unpacks `archive` into `destDir/<project folder>`; returns the project file's new path. */
export async function unpackArchive(archive: string, destDir: string): Promise<UnpackResult> {
  const st = await fs.stat(archive).catch(() => null);
  if (!st) throw new GapboardError('NOT_FOUND', `${archive} does not exist.`);
  if (!st.isFile())
    throw new GapboardError('NOT_A_FILE', `${archive} is not a file; choose a .tar made by gapboard pack.`);
  const destStat = await fs.stat(destDir).catch(() => null);
  if (destStat && !destStat.isDirectory()) {
    throw new GapboardError('NOT_A_FILE', `${destDir} is a file; unpack into a folder (-o FOLDER).`);
  }
  const madeDest = destStat === null;
  await fs.mkdir(destDir, { recursive: true });
  const stage = path.join(destDir, `.gapboard-unpack-${randomBytes(6).toString('hex')}.tmp`);
  await fs.mkdir(stage);
  try {
    const { top, hashes, checksums } = await stageEntries(archive, stage, destDir);
    if (top === null) throw bad(archive, 'it holds no project');
    if (!checksums) throw bad(archive, `it has no checksum list (${CHECKSUM_LIST}); it was not made by gapboard pack`);
    for (const [name, sha] of checksums) {
      const got = hashes.get(name);
      if (got === undefined) throw bad(archive, `${CHECKSUM_LIST} lists "${name}", which the archive does not hold`);
      if (got !== sha) throw bad(archive, `"${name}" was altered: its content does not match ${CHECKSUM_LIST}`);
    }
    for (const name of hashes.keys())
      if (!checksums.has(name)) throw bad(archive, `"${name}" is not in ${CHECKSUM_LIST}`);

    const projects = [...hashes.keys()].filter((n) => n.split('/').length === 2 && n.endsWith('.gapboard'));
    if (projects.length !== 1) {
      throw bad(
        archive,
        projects.length ? `its folder holds ${projects.length} project files` : 'its folder holds no .gapboard file',
      );
    }
    const staged = path.join(stage, ...projects[0]!.split('/'));
    const storeRel = `${top}/${path.basename(storeDirFor(staged))}/`;
    for (const [name, sha] of hashes) {
      if (!name.startsWith(storeRel)) continue;
      const named = hashOfStoreFile(name.slice(storeRel.length));
      if (named !== null && named !== sha)
        throw bad(archive, `the store file "${name}" was altered: its content no longer matches its hash`);
    }
    const { doc } = parseDocument((await readProjectFile(staged)).bytes, path.basename(staged));
    for (const sha of referencedStoreHashes(doc)) {
      if (!hashes.has(`${storeRel}${sha}.parquet`)) {
        throw bad(archive, `it lacks ${storeRel}${sha}.parquet, which the project links`);
      }
    }
    const dest = path.join(destDir, top);
    if (await exists(dest))
      throw new GapboardError('EXISTS', `${dest} already exists; unpack elsewhere with -o, or move it away first.`);
    await fs.rename(path.join(stage, top), dest);
    return { projectFile: path.join(dest, path.basename(staged)), files: hashes.size };
  } finally {
    await fs.rm(stage, { recursive: true, force: true });
    if (madeDest) await fs.rmdir(destDir).catch(() => undefined);
  }
}
