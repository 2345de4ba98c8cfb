import type { datasetMethods } from '../../../../shared/contract/dataset-methods.js';
import type { GapboardCore } from '../../app/create-core.js';
import {
  addBatch,
  batchTotals,
  costOverVersions,
  emptyBatchInput,
  findDataset,
  findVersion,
  listDatasets,
  removeBatch,
  resolveSource,
  updateBatch,
  verifyVersion,
  type ScanProgress,
} from '../../datasets/index.js';
import { detectSource } from '../../datasets/detect.js';
import { diffPage, versionPage } from '../../datasets/pages.js';
import { PendingScans } from '../../datasets/pending-scans.js';
import { scanStream } from '../../datasets/scan.js';
import { writeManifest } from '../../datasets/write-manifest.js';
import type { AreaHandlers } from './types.js';

/** Datasets, versions and labeling batches: one-liners onto the dataset core, long work as jobs. */
export function datasetHandlers(core: GapboardCore): AreaHandlers<typeof datasetMethods> {
  const pending = new PendingScans();
  const doc = () => core.requireSession().doc;
  const toJob = (progress: (done: number, total: number) => void) => (p: ScanProgress) =>
    // While walking the total is unknown (0); the job shows a count without an ETA.
    progress(p.done, p.total);
  return {
    'datasets.list': () => listDatasets(doc()),
    'datasets.scan': async ({ name, source, layout, labelColumn, classes }) => {
      const session = core.requireSession();
      const abs = resolveSource(session, source);
      // A missing path or a wrong layout fails the call itself, not a job the user must open.
      await detectSource(abs, layout);
      const input = { name, source, ...(layout ? { layout } : {}), ...(labelColumn ? { labelColumn } : {}) };
      let id = '';
      const job = core.jobs.start(
        'dataset.scan',
        `Scanning ${name}`,
        ({ signal, progress }) =>
          scanStream(
            { ...input, ...(classes ? { classes } : {}), source: abs, signal, onProgress: toJob(progress) },
            // Written while hashing, so a million-file scan never sits in memory.
            (samples) => writeManifest(session.storeDir, samples),
          ),
        (scan) => pending.park(id, session, { ...input, ...(classes ? { classes } : {}) }, scan),
        { name },
      );
      id = job.id;
      return job;
    },
    'datasets.register': async ({ scanId, notes, allowUnchanged }) => {
      const { version } = await pending.commit(scanId, core.requireSession(), notes, allowUnchanged);
      return { version: version.version, project: core.changed() };
    },
    'datasets.discardScan': ({ scanId }) => {
      pending.discard(scanId);
      return null;
    },
    'datasets.version': ({ name, version, label, split, query, offset, limit }) =>
      versionPage(doc(), core.requireSession().storeDir, name, version, { label, split, query }, { offset, limit }),
    'datasets.diff': ({ name, to, from, list, offset, limit }) =>
      diffPage(doc(), core.requireSession().storeDir, name, to, from, list, { offset, limit }),
    'datasets.verify': ({ name, version }) => {
      const session = core.requireSession();
      findVersion(session.doc, name, version);
      return core.jobs.start(
        'dataset.verify',
        `Checking ${name}@v${version}`,
        ({ signal, progress }) => verifyVersion(session, name, version, { signal, onProgress: toJob(progress) }),
        undefined,
        { name, version: String(version) },
      );
    },
    'datasets.totals': ({ name }) => {
      const ds = findDataset(doc(), name);
      return { name, versions: costOverVersions(ds), overall: batchTotals(ds.versions.flatMap((v) => v.batches)) };
    },
    'batches.add': ({ name, version, fields }) => {
      const batch = addBatch(core.requireSession(), name, version, { ...emptyBatchInput(), ...fields });
      return { id: batch.id, project: core.changed() };
    },
    'batches.update': ({ id, fields }) => {
      updateBatch(core.requireSession(), id, fields);
      return core.changed();
    },
    'batches.remove': ({ id }) => {
      removeBatch(core.requireSession(), id);
      return core.changed();
    },
  };
}
