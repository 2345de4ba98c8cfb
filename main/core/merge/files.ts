/**
 * Files a merged project names but its folder lacks. A merge links dataset folders, models and
 * evidence; it never copies them, so what the teammate's copy brought may still be on their disk.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../project/document.js';
import { readProjectBytes } from '../project/file-io.js';
import type { ProjectDocument } from '../../../shared/schema.js';
import type { MissingFile } from '../../../shared/merge-views.js';

export type { MissingFile } from '../../../shared/merge-views.js';

export async function missingFiles(doc: ProjectDocument, folder: string): Promise<MissingFile[]> {
  const wanted: MissingFile[] = [];
  for (const m of doc.models) wanted.push({ what: `model ${m.id}`, path: m.path });
  for (const d of doc.datasets)
    for (const v of d.versions) wanted.push({ what: `dataset ${d.name}@v${v.version}`, path: v.source });
  for (const r of doc.requirements) {
    for (const e of r.manual?.evidence ?? []) if (e.file) wanted.push({ what: `evidence of ${r.id}`, path: e.file });
  }
  const out: MissingFile[] = [];
  for (const w of wanted) {
    try {
      await fs.access(path.resolve(folder, w.path));
    } catch {
      out.push(w);
    }
  }
  return out;
}

/** Reads one side of a merge; an empty file (git's base for a file added on both branches) is no base. */
export async function readSide(file: string, allowEmpty = false): Promise<ProjectDocument | null> {
  const bytes = await readProjectBytes(file);
  if (allowEmpty && bytes.length === 0) return null;
  return parseDocument(bytes, path.basename(file)).doc;
}
