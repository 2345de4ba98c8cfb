/**
 * Scans waiting for the user's decision: a scan job writes its manifest into the store as it
 * goes and ends with the link and statistics parked here, sending only a summary (counts,
 * issues) to the UI; `datasets.register` links it as a version, `discardScan` drops it (its
 * store file stays until `gapboard gc`, like any file no version links). Few are kept, and a
 * scan belongs to the project session it was made in, so it cannot land in a project opened
 * afterwards.
 */
import type { ScanSummary } from '../../../shared/contract/dataset-methods.js';
import { GapboardError } from '../project/errors.js';
import type { ProjectSession } from '../project/session.js';
import { latestVersion } from './lookup.js';
import {
  commitVersion,
  projectRelative,
  resolveSource,
  unchangedFrom,
  type RegisterInput,
  type RegisterResult,
  type ScannedVersion,
} from './register.js';
import { verifiedStoreFile } from '../store/verify.js';

/** Issues sent with a summary; the rest are counted (a broken 20,000-file folder stays light). */
export const ISSUE_LIMIT = 500;
const KEEP = 3;

interface Pending {
  session: ProjectSession;
  input: RegisterInput;
  scan: ScannedVersion;
}

export class PendingScans {
  private readonly scans = new Map<string, Pending>();

  /** Parks `scan` under `id` and returns what the UI shows before the user decides. */
  park(id: string, session: ProjectSession, input: RegisterInput, scan: ScannedVersion): ScanSummary {
    this.scans.set(id, { session, input, scan });
    while (this.scans.size > KEEP) this.scans.delete(this.scans.keys().next().value!);
    const ds = session.doc.datasets.find((d) => d.name === input.name);
    const latest = ds ? latestVersion(ds) : 0;
    return {
      scanId: id,
      name: input.name,
      source: projectRelative(session.folder, resolveSource(session, input.source)),
      layout: scan.layout,
      nextVersion: latest + 1,
      parent: latest > 0 ? latest : null,
      count: scan.stats.count,
      classes: scan.stats.classes,
      issues: scan.issues.slice(0, ISSUE_LIMIT),
      issueCount: scan.issues.length,
      sameAs: unchangedFrom(ds, scan.output),
    };
  }

  /**
   * Commits scan `id` into `session` without its bad files, and forgets it. An identical
   * manifest is refused (EXISTS) unless `allowUnchanged`.
   */
  async commit(id: string, session: ProjectSession, notes?: string, allowUnchanged?: boolean): Promise<RegisterResult> {
    const p = this.scans.get(id);
    if (!p) throw new GapboardError('NOT_FOUND', `No scan ${id} is waiting (registered, discarded or expired).`);
    if (p.session !== session) {
      throw new GapboardError('BAD_ARGUMENT', 'That scan was made in another project; scan the data again.');
    }
    const input = {
      ...p.input,
      ...(notes !== undefined ? { notes } : {}),
      ...(allowUnchanged ? { allowUnchanged } : {}),
      excludeIssues: true,
    };
    // The manifest was written when the scan ran; `gapboard gc --delete` may have removed it
    // since (no version linked it yet), and the document must only link a file that is there.
    await verifiedStoreFile(session.storeDir, p.scan.output.store, {
      what: `the scanned samples of ${p.input.name}`,
      redo: 'scan the data again',
    });
    // Forgotten only once committed: a refused commit (nothing valid) can be discarded instead.
    const result = await commitVersion(session, input, p.scan);
    this.scans.delete(id);
    return result;
  }

  discard(id: string): void {
    this.scans.delete(id);
  }
}
