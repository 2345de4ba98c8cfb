/**
 * What a project archive holds: the project file, every table in its store folder, and the
 * files the project links by a path inside the project's folder — model files, dataset
 * folders and manifests (with the files a manifest names), evidence files. A linked path
 * outside the folder, a missing one, or a symbolic link is left out and reported, since the
 * archive must unpack the same on any machine.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ProjectDocument } from '../../../shared/schema.js';
import { detectSource } from '../datasets/detect.js';
import { hashOfStoreFile, storeDirFor } from '../store/layout.js';
import { streamStore } from '../store/query.js';

/** One file to pack: its path in the project folder (forward slashes) and on disk. */
export interface PackFile {
  rel: string;
  abs: string;
}

export interface SkippedLink {
  what: string;
  path: string;
  reason: 'outside the project folder' | 'missing' | 'a symbolic link';
}

interface Link {
  what: string;
  path: string;
  /** For a dataset source: its version (a manifest's files come from its samples). */
  version?: unknown;
}

function linksOf(doc: ProjectDocument): Link[] {
  const out: Link[] = [];
  for (const m of doc.models) out.push({ what: `model ${m.id}`, path: m.path });
  for (const d of doc.datasets)
    for (const v of d.versions) out.push({ what: `dataset ${d.name}@v${v.version}`, path: v.source, version: v });
  for (const r of doc.requirements)
    for (const e of r.manual?.evidence ?? []) if (e.file) out.push({ what: `evidence of ${r.id}`, path: e.file });
  return out;
}

/** The project-relative form of `abs`, or null when it lies outside `folder`. */
function inside(folder: string, abs: string): string | null {
  const rel = path.relative(folder, abs);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep).join('/');
}

/** The store files in the store folder, sorted by name (temp files and strays left out). */
export async function storeFiles(projectFile: string): Promise<PackFile[]> {
  const dir = storeDirFor(projectFile);
  const folder = path.dirname(projectFile);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return names
    .filter((n) => hashOfStoreFile(n) !== null)
    .sort()
    .map((n) => ({ abs: path.join(dir, n), rel: inside(folder, path.join(dir, n))! }));
}

/** Every regular file under `dir`, depth first, names sorted; symbolic links reported. */
async function* walk(dir: string, onLink: (abs: string) => void): AsyncGenerator<string> {
  const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    const abs = path.join(dir, e.name);
    if (e.isSymbolicLink()) onLink(abs);
    else if (e.isDirectory()) yield* walk(abs, onLink);
    else if (e.isFile()) yield abs;
  }
}

/** The sample paths of a version, from its inline manifest or its manifest in the store. */
async function* samplePaths(projectFile: string, version: unknown): AsyncGenerator<string> {
  const samples = (version as { samples?: unknown }).samples;
  if (Array.isArray(samples)) {
    for (const s of samples as { path: string }[]) yield s.path;
    return;
  }
  const link = samples as { store?: string } | undefined;
  if (!link?.store) return;
  const use = { what: 'a manifest the archive packs', redo: 'register the version again' };
  const sql = 'SELECT path FROM {s} ORDER BY idx';
  for await (const rows of streamStore<{ path: string }>(storeDirFor(projectFile), sql, {
    s: { sha256: link.store, ...use },
  }))
    for (const r of rows) yield r.path;
}

/**
 * Calls `add` for every linked file inside the project folder (each once) and returns the
 * links it left out. The project file and its store are not included here, nor the files in
 * `exclude` (the archive being written, when it lies in a linked folder).
 */
export async function linkedFiles(
  projectFile: string,
  doc: ProjectDocument,
  add: (file: PackFile) => Promise<void>,
  exclude: ReadonlySet<string> = new Set(),
): Promise<SkippedLink[]> {
  const folder = path.dirname(projectFile);
  const skipped: SkippedLink[] = [];
  const seen = new Set<string>([path.basename(projectFile)]);
  const storeRel = path.basename(storeDirFor(projectFile)) + '/';
  const take = async (abs: string): Promise<void> => {
    const rel = inside(folder, abs);
    if (rel === null || seen.has(rel) || rel.startsWith(storeRel) || exclude.has(abs)) return;
    seen.add(rel);
    await add({ rel, abs });
  };
  for (const { version, ...link } of linksOf(doc)) {
    const abs = path.resolve(folder, link.path);
    if (inside(folder, abs) === null) {
      skipped.push({ ...link, reason: 'outside the project folder' });
      continue;
    }
    const stat = await fs.lstat(abs).catch(() => null);
    if (!stat) skipped.push({ ...link, reason: 'missing' });
    else if (stat.isSymbolicLink()) skipped.push({ ...link, reason: 'a symbolic link' });
    else if (stat.isDirectory()) {
      for await (const f of walk(abs, (l) =>
        skipped.push({ ...link, path: inside(folder, l) ?? l, reason: 'a symbolic link' }),
      ))
        await take(f);
    } else {
      await take(abs);
      const kind = version ? (await detectSource(abs).catch(() => null))?.kind : undefined;
      if (version && (kind === 'jsonl' || kind === 'csv-manifest')) {
        // A manifest names its files relative to its own folder; they travel with it.
        for await (const p of samplePaths(projectFile, version)) {
          const file = path.resolve(path.dirname(abs), p);
          const rel = inside(folder, file);
          const st = rel === null ? null : await fs.lstat(file).catch(() => null);
          if (rel === null) skipped.push({ what: link.what, path: p, reason: 'outside the project folder' });
          else if (st?.isFile()) await take(file);
          else skipped.push({ what: link.what, path: rel, reason: st ? 'a symbolic link' : 'missing' });
        }
      }
    }
  }
  return skipped;
}
