import type { ProjectDocument } from '../../../shared/schema.js';

/** The counts `gapboard info` and the overview screen show. */
export function projectCounts(doc: ProjectDocument) {
  return {
    schemaVersion: doc.schemaVersion,
    requirements: doc.requirements.length,
    datasets: doc.datasets.length,
    datasetVersions: doc.datasets.reduce((n, d) => n + d.versions.length, 0),
    models: doc.models.length,
    runs: doc.runs.length,
    iterations: doc.iterations.length,
    decisions: doc.decisions.length,
  };
}
