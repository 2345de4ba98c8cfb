/**
 * Scans waiting for the user's decision: a scan job ends with its manifest parked here and only
 * a summary (counts, issues) sent to the UI; `datasets.register` commits it, `discardScan`
 * drops it. Few are kept — each holds a whole manifest — and a scan belongs to the project
 * session it was made in, so it cannot land in a project opened afterwards.
 */
import type { ScanSummary } from '../../../shared/contract/dataset-methods.js';
import { GapboardError } from '../project/errors.js';
import type { ProjectSession } from '../project/session.js';
import { latestVersion } from './lookup.js';
import { commitVersion, projectRelative, resolveSource, type RegisterInput, type RegisterResult } from './register.js';
import type { ScanResult } from './types.js';

/** Issues sent with a summary; the rest are counted (a broken 20,000-file folder stays light). */
export const ISSUE_LIMIT = 500;
const KEEP = 3;

interface Pending {
  session: ProjectSession;
  input: RegisterInput;
  scan: ScanResult;
}

export class PendingScans {
  private readonly scans = new Map<string, Pending>();

  /** Parks `scan` under `id` and returns what the UI shows before the user decides. */
  park(id: string, session: ProjectSession, input: RegisterInput, scan: ScanResult): ScanSummary {
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
      count: scan.samples.length,
      classes: scan.stats.classes,
      issues: scan.issues.slice(0, ISSUE_LIMIT),
      issueCount: scan.issues.length,
    };
  }

  /** Commits scan `id` into `session` without its bad files, and forgets it. */
  async commit(id: string, session: ProjectSession, notes?: string): Promise<RegisterResult> {
    const p = this.scans.get(id);
    if (!p) throw new GapboardError('NOT_FOUND', `No scan ${id} is waiting (registered, discarded or expired).`);
    if (p.session !== session) {
      throw new GapboardError('BAD_ARGUMENT', 'That scan was made in another project; scan the data again.');
    }
    const input = { ...p.input, ...(notes !== undefined ? { notes } : {}), excludeIssues: true };
    // Forgotten only once committed: a refused commit (nothing valid) can be discarded instead.
    const result = await commitVersion(session, input, p.scan);
    this.scans.delete(id);
    return result;
  }

  discard(id: string): void {
    this.scans.delete(id);
  }
}
