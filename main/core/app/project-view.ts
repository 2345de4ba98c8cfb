import path from 'node:path';
import type { ProjectView } from '../../../shared/contract.js';
import type { ProjectDocument } from '../../../shared/schema.js';
import type { ProjectSession } from '../project/session.js';

/**
 * The document as the UI sees it. Per-sample manifests and predictions are in the store and
 * the document only links them, so it is already small: the page fetches samples a page at a
 * time through the API.
 */
export function lightDocument(doc: ProjectDocument): ProjectDocument {
  return doc;
}

export function toView(session: ProjectSession, samplesDir?: string): ProjectView {
  return {
    path: session.file,
    doc: lightDocument(session.doc),
    dirty: session.dirty,
    readOnly: session.readOnly,
    readOnlyReason: session.readOnlyReason,
    canUndo: session.canUndo,
    canRedo: session.canRedo,
    undoLabel: session.undoLabel,
    redoLabel: session.redoLabel,
    migratedFrom: session.schemaMigratedFrom ?? null,
    // Each copy has a folder of its own directly under the samples folder.
    sampleCopy: samplesDir !== undefined && path.dirname(path.dirname(session.file)) === path.resolve(samplesDir),
  };
}
