/**
 * Merging a teammate's file into the open project (the app's File → Merge…): a preview lists
 * what would happen and every conflict; applying needs each conflict settled and is one
 * undoable step, saved like any other edit.
 */
import path from 'node:path';
import { GapboardError } from '../project/errors.js';
import type { ProjectSession } from '../project/session.js';
import { replaceDocument } from './apply.js';
import { missingFiles, readSide } from './files.js';
import { mergeDocuments, type MergeResult } from './merge.js';
import type { MergeReport, Side } from '../../../shared/merge-views.js';

export interface MergeRequest {
  /** Their project file; a relative path is taken from the open project's folder. */
  theirs: string;
  base?: string;
  resolutions?: Record<string, Side>;
}

async function mergeInto(
  session: ProjectSession,
  req: MergeRequest,
): Promise<{ result: MergeResult; report: MergeReport }> {
  const theirsFile = path.resolve(session.folder, req.theirs);
  if (theirsFile === session.file) {
    throw new GapboardError('BAD_ARGUMENT', 'That is the open project itself; choose the copy to merge in.');
  }
  const theirs = (await readSide(theirsFile))!;
  const base = req.base ? await readSide(path.resolve(session.folder, req.base)) : null;
  const result = mergeDocuments(session.doc, theirs, { base, resolutions: req.resolutions ?? {} });
  const { doc, ...rest } = result;
  return { result, report: { ...rest, missingFiles: await missingFiles(doc, session.folder) } };
}

export async function previewMerge(session: ProjectSession, req: MergeRequest): Promise<MergeReport> {
  return (await mergeInto(session, req)).report;
}

export async function applyMerge(session: ProjectSession, req: MergeRequest): Promise<MergeReport> {
  const { result, report } = await mergeInto(session, req);
  if (result.unresolved.length) {
    throw new GapboardError(
      'CONFLICT',
      `Choose mine or theirs for every conflict first: ${result.unresolved.join(', ')} ${result.unresolved.length === 1 ? 'is' : 'are'} still open.`,
    );
  }
  replaceDocument(session, `Merge ${path.basename(req.theirs)}`, result.doc);
  return report;
}
