/**
 * Integrity: scan a version's source again and compare with the stored manifest. Re-scanning
 * (rather than hashing only the stored paths) is what finds *unexpected* files; files the
 * scan rejects as bad are not reported as unexpected, since registration left them out too.
 */
import { GapboardError } from '../project/errors.js';
import type { ProjectSession } from '../project/session.js';
import { findVersion } from './lookup.js';
import { resolveSource, type ScanRunOptions } from './register.js';
import { scanStream } from './scan.js';
import { streamStore } from '../store/query.js';
import { versionUse } from '../store/sample-data.js';
import { verifiedStoreFile } from '../store/verify.js';
import type { Sample } from '../../../shared/schema.js';
import type { ScanIssue } from './types.js';
import type { ChangedFile, VerifyResult } from '../../../shared/dataset-views.js';
export type { ChangedFile, VerifyResult } from '../../../shared/dataset-views.js';

/** Re-hashes version `version` of `name` and reports drift since it was registered. */
export async function verifyVersion(
  session: ProjectSession,
  name: string,
  version: number,
  run: ScanRunOptions = {},
): Promise<VerifyResult> {
  const v = findVersion(session.doc, name, version);
  const link = v.samples;
  const use = versionUse(name, version);
  // A missing or altered manifest is said before the (long) rescan, not after it.
  if (link) await verifiedStoreFile(session.storeDir, link.store, use);
  // What the source holds now, by path (only the hash is kept: the comparison needs no more).
  const now = new Map<string, string>();
  let issues: ScanIssue[] = [];
  try {
    ({ issues } = await scanStream(
      {
        ...run,
        source: resolveSource(session, v.source),
        layout: v.layout,
        ...(v.labelColumn ? { labelColumn: v.labelColumn } : {}),
      },
      async (samples: AsyncIterable<Sample>) => {
        for await (const s of samples) now.set(s.path, s.sha256);
      },
    ));
  } catch (err) {
    // The whole source is gone: every file is missing, which is drift, not a crash.
    if (!(err instanceof GapboardError && err.code === 'NOT_FOUND')) throw err;
  }
  const problems = new Map(issues.map((i) => [i.path, i.reason]));
  const missing: string[] = [];
  const changed: ChangedFile[] = [];
  const stored = link
    ? streamStore<{ path: string; sha256: string }>(session.storeDir, 'SELECT path, sha256 FROM {s} ORDER BY idx', {
        s: { sha256: link.store, ...use },
      })
    : [];
  for await (const chunk of stored)
    for (const s of chunk) {
      const cur = now.get(s.path);
      now.delete(s.path);
      if (cur) {
        if (cur !== s.sha256) changed.push({ path: s.path, expected: s.sha256, actual: cur });
        continue;
      }
      const reason = problems.get(s.path);
      if (reason === undefined || reason.startsWith('file not found')) missing.push(s.path);
      else changed.push({ path: s.path, expected: s.sha256, actual: null, reason });
    }
  const unexpected = [...now.keys()];
  return {
    name,
    version,
    ok: missing.length + changed.length + unexpected.length === 0,
    checked: link?.rows ?? 0,
    missing,
    changed,
    unexpected,
  };
}
