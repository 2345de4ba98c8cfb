/**
 * Checking every store file a document links (for `gapboard verify`): each one present and
 * still hashing to its name. Files shared by several links are checked once.
 */
import path from 'node:path';
import type { ProjectDocument } from '../../../shared/schema.js';
import { storeFilePath } from './layout.js';
import { runUse, versionUse } from './sample-data.js';
import { checkStoreFile, type StoreUse } from './verify.js';

export interface StoreProblem {
  /** `<stem>.store/<sha256>.parquet` */
  file: string;
  state: 'missing' | 'altered';
  /** What needs it, and how to restore it. */
  what: string;
  redo: string;
}

/** Every store link of a document with what it is for. */
export function storeLinks(doc: ProjectDocument): { sha256: string; use: StoreUse }[] {
  const out: { sha256: string; use: StoreUse }[] = [];
  for (const ds of doc.datasets)
    for (const v of ds.versions)
      if (v.samples) out.push({ sha256: v.samples.store, use: versionUse(ds.name, v.version) });
  for (const r of doc.runs) if (r.predictions) out.push({ sha256: r.predictions.store, use: runUse(r.id) });
  return out;
}

export async function checkStore(
  doc: ProjectDocument,
  storeDir: string,
): Promise<{ checked: number; problems: StoreProblem[] }> {
  const seen = new Map<string, 'ok' | 'missing' | 'altered'>();
  const problems: StoreProblem[] = [];
  for (const link of storeLinks(doc)) {
    let state = seen.get(link.sha256);
    if (!state) seen.set(link.sha256, (state = await checkStoreFile(storeDir, link.sha256)));
    if (state === 'ok') continue;
    const file = `${path.basename(storeDir)}/${path.basename(storeFilePath(storeDir, link.sha256))}`;
    problems.push({ file, state, what: link.use.what, redo: link.use.redo });
  }
  return { checked: seen.size, problems };
}
