import { describe, expect, it } from 'vitest';
import { diffManifests } from '../../../main/core/datasets/diff.js';
import type { Sample } from '../../../shared/schema.js';

const H = (c: string): string => c.repeat(64);
const s = (path: string, hash: string, label: string): Sample => ({ path, sha256: H(hash), size: 1, label });

describe('diffManifests', () => {
  const v1 = [
    s('cat/1', 'a', 'cat'),
    s('cat/2', 'b', 'cat'),
    s('dog/3', 'c', 'dog'),
    s('dog/4', 'd', 'dog'),
    s('x/5', 'e', 'x'),
    s('x/6', 'f', 'x'),
  ];
  const v2 = [
    s('cat/1', 'a', 'cat'), // unchanged
    s('dog/2', 'b', 'dog'), // moved to another class folder: relabel
    s('dog/3', '9', 'dog'), // same path, new bytes: modified
    s('dog/4', 'd', 'cat'), // same path and bytes, new label (manifest relabel)
    s('y/6', 'f', 'x'), // same bytes and label, new path: moved
    s('new/7', '7', 'x'), // added
  ]; // x/5 removed

  const d = diffManifests(v1, v2);
  it('counts each kind of change', () => {
    expect(d.counts).toEqual({ added: 1, removed: 1, relabeled: 2, modified: 1, moved: 1, unchanged: 1 });
  });
  it('lists them', () => {
    expect(d.added.map((x) => x.path)).toEqual(['new/7']);
    expect(d.removed.map((x) => x.path)).toEqual(['x/5']);
    expect(d.relabeled).toEqual([
      { path: 'dog/2', fromPath: 'cat/2', sha256: H('b'), from: 'cat', to: 'dog' },
      { path: 'dog/4', sha256: H('d'), from: 'dog', to: 'cat' },
    ]);
    expect(d.modified).toEqual([
      { path: 'dog/3', fromSha256: H('c'), toSha256: H('9'), fromLabel: 'dog', toLabel: 'dog' },
    ]);
    expect(d.moved).toEqual([{ fromPath: 'x/6', path: 'y/6', sha256: H('f'), label: 'x' }]);
  });
  it('treats a first version as all added', () => {
    expect(diffManifests([], v1).counts.added).toBe(6);
  });
});
