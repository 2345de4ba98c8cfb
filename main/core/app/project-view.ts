import path from 'node:path';
import type { ProjectView } from '../../../shared/contract.js';
import type { ProjectDocument } from '../../../shared/schema.js';
import type { ProjectSession } from '../project/session.js';

/**
 * The document as the UI sees it: per-sample manifests and predictions are left out (they are
 * fetched on demand), so a change to a requirement does not ship megabytes across IPC.
 */
export function lightDocument(doc: ProjectDocument): ProjectDocument {
  return {
    ...doc,
    datasets: doc.datasets.map((d) => ({ ...d, versions: d.versions.map((v) => ({ ...v, samples: [] })) })),
    runs: doc.runs.map(({ predictions: _omit, ...run }) => run),
  };
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
