/** Finding datasets and versions in a document, with NOT_FOUND errors that say what exists. */
import { GapboardError } from '../project/errors.js';
import type { Dataset, DatasetVersion, ProjectDocument } from '../../../shared/schema.js';

/** The dataset called `name`; NOT_FOUND lists the names there are. */
export function findDataset(doc: ProjectDocument, name: string): Dataset {
  const ds = doc.datasets.find((d) => d.name === name);
  if (!ds) {
    const names = doc.datasets.map((d) => d.name);
    throw new GapboardError(
      'NOT_FOUND',
      `No dataset "${name}"${names.length ? ` (datasets: ${names.join(', ')})` : ' (the project has none yet)'}.`,
    );
  }
  return ds;
}

/** Version `version` of dataset `name`; NOT_FOUND lists the versions there are. */
export function findVersion(doc: ProjectDocument, name: string, version: number): DatasetVersion {
  const ds = findDataset(doc, name);
  const v = ds.versions.find((x) => x.version === version);
  if (!v) {
    throw new GapboardError(
      'NOT_FOUND',
      `${name} has no version v${version} (versions: ${ds.versions.map((x) => `v${x.version}`).join(', ') || 'none'}).`,
    );
  }
  return v;
}

/** The highest version number of a dataset, 0 when it has none. */
export function latestVersion(ds: Dataset): number {
  return ds.versions.reduce((m, v) => Math.max(m, v.version), 0);
}
