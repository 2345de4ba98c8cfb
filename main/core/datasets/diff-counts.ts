/**
 * How many samples changed between two versions, asked of their manifests in the store, so a
 * registration never loads either manifest: the path matching and the samples whose content
 * occurs on one side only are counted by DuckDB; only samples whose content left one path and
 * arrived under another are read, one content hash at a time, and paired by the same rule as
 * the full diff (`pickOrigin`).
 */
import type { DatasetVersion } from '../../../shared/schema.js';
import { queryStore, streamStore, type StoreRef } from '../store/query.js';
import { versionUse } from '../store/sample-data.js';
import { pickOrigin, type ManifestDiff } from './diff.js';

type Counts = ManifestDiff['counts'];

/** Paths only in `to` (np) and only in `from` (gp). */
const SIDES = `np AS (SELECT t.* FROM {t} t ANTI JOIN {f} f ON t.path = f.path),
  gp AS (SELECT f.* FROM {f} f ANTI JOIN {t} t ON t.path = f.path)`;

/**
 * Everything decided without pairing, in one join of the two manifests by path: per content
 * hash of the paths found on one side only, how many are new and how many gone; a hash on one
 * side only is a plain addition or removal, one on both sides needs pairing (`shared`).
 */
const COUNTS = `WITH byHash AS (
  SELECT
    CASE WHEN t.path IS NULL OR f.path IS NULL THEN coalesce(t.sha256, f.sha256) END AS sha,
    count(*) FILTER (WHERE t.path IS NOT NULL AND f.path IS NOT NULL AND t.sha256 = f.sha256 AND t.label = f.label) AS unchanged,
    count(*) FILTER (WHERE t.path IS NOT NULL AND f.path IS NOT NULL AND t.sha256 = f.sha256 AND t.label <> f.label) AS relabeled,
    count(*) FILTER (WHERE t.path IS NOT NULL AND f.path IS NOT NULL AND t.sha256 <> f.sha256) AS modified,
    count(*) FILTER (WHERE f.path IS NULL) AS new,
    count(*) FILTER (WHERE t.path IS NULL) AS gone
  FROM {t} t FULL JOIN {f} f ON t.path = f.path
  GROUP BY 1
)
SELECT
  coalesce(sum(unchanged), 0) AS unchanged,
  coalesce(sum(relabeled), 0) AS relabeled,
  coalesce(sum(modified), 0) AS modified,
  coalesce(sum(new) FILTER (WHERE sha IS NOT NULL AND gone = 0), 0) AS added,
  coalesce(sum(gone) FILTER (WHERE sha IS NOT NULL AND new = 0), 0) AS removed,
  coalesce(sum(new) FILTER (WHERE sha IS NOT NULL AND new > 0 AND gone > 0), 0) AS shared
FROM byHash`;

/** New and gone paths sharing a content hash: per hash, the gone ones first, each side in its order. */
const SHARED = `WITH ${SIDES}
SELECT * FROM (
  SELECT 0 AS side, gp.sha256, gp.idx, gp.label FROM gp SEMI JOIN np ON np.sha256 = gp.sha256
  UNION ALL
  SELECT 1 AS side, np.sha256, np.idx, np.label FROM np SEMI JOIN gp ON np.sha256 = gp.sha256
) ORDER BY sha256, side, idx`;

interface SharedRow {
  side: number;
  sha256: string;
  label: string;
}

/** The counts of `diffVersionManifests(storeDir, name, from, to)`, without its lists. */
export async function diffCounts(
  storeDir: string,
  name: string,
  from: DatasetVersion,
  to: DatasetVersion,
): Promise<Counts> {
  if (!from.samples || !to.samples) throw new Error('diffCounts needs two versions with stored manifests');
  const files: Record<string, StoreRef> = {
    f: { sha256: from.samples.store, ...versionUse(name, from.version) },
    t: { sha256: to.samples.store, ...versionUse(name, to.version) },
  };
  const [c] = await queryStore<Omit<Counts, 'moved'> & { shared: number }>(storeDir, COUNTS, files);
  // Keys in the full diff's order, so the document reads the same whichever way it was made.
  const counts: Counts = {
    added: c!.added,
    removed: c!.removed,
    relabeled: c!.relabeled,
    modified: c!.modified,
    moved: 0,
    unchanged: c!.unchanged,
  };
  if (c!.shared === 0) return counts;
  // One content hash at a time: the gone samples are the candidates, the new ones pick.
  let sha: string | null = null;
  let gone: { label: string }[] = [];
  const settle = (): void => {
    counts.removed += gone.length;
    gone = [];
  };
  for await (const chunk of streamStore<SharedRow>(storeDir, SHARED, files))
    for (const r of chunk) {
      if (r.sha256 !== sha) {
        settle();
        sha = r.sha256;
      }
      if (r.side === 0) {
        gone.push({ label: r.label });
        continue;
      }
      const i = pickOrigin(gone, r.label);
      if (i < 0) counts.added++;
      else {
        if (gone[i]!.label === r.label) counts.moved++;
        else counts.relabeled++;
        gone.splice(i, 1);
      }
    }
  settle();
  return counts;
}
