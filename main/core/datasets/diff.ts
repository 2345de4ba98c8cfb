/**
 * What changed between two manifests. Matching is by path first, then by content: a file
 * whose bytes reappear under another path was moved — and, in an ImageFolder, moving a file
 * to another class folder is exactly how a relabel looks.
 */
import type { Sample } from '../../../shared/schema.js';
import { byCodeUnit } from './walk.js';

export interface Relabel {
  path: string;
  /** Set when the file also moved (same bytes, new path). */
  fromPath?: string;
  sha256: string;
  from: string;
  to: string;
}

export interface Modification {
  path: string;
  fromSha256: string;
  toSha256: string;
  fromLabel: string;
  toLabel: string;
}

export interface Move {
  fromPath: string;
  path: string;
  sha256: string;
  label: string;
}

export interface ManifestDiff {
  counts: { added: number; removed: number; relabeled: number; modified: number; moved: number; unchanged: number };
  added: Sample[];
  removed: Sample[];
  relabeled: Relabel[];
  /** Same path, different bytes (the label may have changed too). */
  modified: Modification[];
  /** Same bytes and label under a new path. */
  moved: Move[];
}

/**
 * Diffs manifest `from` → `to`. Rules, in order:
 * same path & hash: unchanged, or relabeled when the label differs; same path, new hash:
 * modified; a path only in `to` whose hash matches a path only in `from`: moved (same label)
 * or relabeled with `fromPath`; whatever is left is added / removed. Lists are sorted by path.
 */
export function diffManifests(from: readonly Sample[], to: readonly Sample[]): ManifestDiff {
  const before = new Map(from.map((s) => [s.path, s]));
  const relabeled: Relabel[] = [];
  const modified: Modification[] = [];
  const newPaths: Sample[] = [];
  let unchanged = 0;
  const seen = new Set<string>();
  for (const s of to) {
    const old = before.get(s.path);
    if (!old) {
      newPaths.push(s);
      continue;
    }
    seen.add(s.path);
    if (old.sha256 !== s.sha256) {
      modified.push({
        path: s.path,
        fromSha256: old.sha256,
        toSha256: s.sha256,
        fromLabel: old.label,
        toLabel: s.label,
      });
    } else if (old.label !== s.label) {
      relabeled.push({ path: s.path, sha256: s.sha256, from: old.label, to: s.label });
    } else unchanged++;
  }
  const gone = from.filter((s) => !seen.has(s.path));
  return finishDiff({ unchanged, relabeled, modified, newPaths, gone });
}

/** The part of a diff decided by path alone, and what is left to pair by content. */
export interface PathMatched {
  unchanged: number;
  /** Same path and bytes, new label. */
  relabeled: Relabel[];
  /** Same path, new bytes, in `to`'s order. */
  modified: Modification[];
  /** Samples of `to` whose path is not in `from`, in `to`'s order. */
  newPaths: Sample[];
  /** Samples of `from` whose path is not in `to`, in `from`'s order. */
  gone: Sample[];
}

/**
 * Which of the gone samples with a new sample's content it came from (the caller removes it
 * from `candidates`): one with the same label, so duplicates pair up as moves rather than
 * relabels, else the first; -1 when there is none. New samples ask in their manifest order,
 * and candidates are listed in the old manifest's order.
 */
export function pickOrigin(candidates: readonly { label: string }[], label: string): number {
  if (candidates.length === 0) return -1;
  return Math.max(
    0,
    candidates.findIndex((c) => c.label === label),
  );
}

/**
 * Pairs new paths with gone ones by content (moves and relabels with `fromPath`); whatever is
 * left is added / removed. The path matching can come from memory or from a query.
 */
export function finishDiff(m: PathMatched): ManifestDiff {
  const { unchanged, modified, newPaths } = m;
  const relabeled = [...m.relabeled];
  const moved: Move[] = [];
  // Paths gone from `to`, by content, so a moved file can be paired with where it came from.
  const goneByHash = new Map<string, Sample[]>();
  for (const s of m.gone) {
    const list = goneByHash.get(s.sha256);
    if (list) list.push(s);
    else goneByHash.set(s.sha256, [s]);
  }
  const added: Sample[] = [];
  for (const s of newPaths) {
    const candidates = goneByHash.get(s.sha256);
    const i = candidates ? pickOrigin(candidates, s.label) : -1;
    const origin = candidates?.[i];
    if (!origin) {
      added.push(s);
      continue;
    }
    candidates.splice(i, 1);
    if (origin.label === s.label) moved.push({ fromPath: origin.path, path: s.path, sha256: s.sha256, label: s.label });
    else relabeled.push({ path: s.path, fromPath: origin.path, sha256: s.sha256, from: origin.label, to: s.label });
  }
  const removed = [...goneByHash.values()].flat().sort((a, b) => byCodeUnit(a.path, b.path));
  added.sort((a, b) => byCodeUnit(a.path, b.path));
  relabeled.sort((a, b) => byCodeUnit(a.path, b.path));
  moved.sort((a, b) => byCodeUnit(a.path, b.path));
  return {
    counts: {
      added: added.length,
      removed: removed.length,
      relabeled: relabeled.length,
      modified: modified.length,
      moved: moved.length,
      unchanged,
    },
    added,
    removed,
    relabeled,
    modified,
    moved,
  };
}
