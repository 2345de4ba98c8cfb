/**
 * From the grouped counts of two runs' common samples to what a fair comparison reports: one
 * class list, each run's confusion matrix overall and per slice tag, the relabeled count and
 * the McNemar discordant counts. Every figure is a sum of group counts, so it equals what a
 * walk over the samples one by one would count.
 */
import type { PairGroup } from './fair-pairs.js';

export interface Discordant {
  /** Common samples only a got right, and only b got right. */
  a_only: number;
  b_only: number;
}

export interface Tally {
  /** b's classes, then a's, then any other name in the order the samples first show it. */
  classes: string[];
  common: number;
  relabeled: number;
  /** Rows = true class (the labelling run's), columns = the run's prediction. */
  confusion: { a: number[][]; b: number[][] };
  bySlice: { a: Map<string, number[][]>; b: Map<string, number[][]> };
  discordant: Discordant;
  discordantBySlice: Map<string, Discordant>;
}

/** A class name as the run names it: the manifest's label, else its class list, else the index. */
const nameOf = (classes: readonly string[], index: number, label: string | null = null): string =>
  label ?? classes[index] ?? String(index);

/**
 * Counts the groups; `side` is the run whose labels count for both, `ca` and `cb` the runs'
 * class lists. Groups are walked by their first sample so new names get the same places a
 * sample-by-sample walk would give them.
 */
export function tally(groups: readonly PairGroup[], side: 'a' | 'b', ca: string[], cb: string[]): Tally {
  const classes = [...new Set([...cb, ...ca])];
  const index = new Map(classes.map((c, i) => [c, i]));
  const idx = (name: string): number => {
    let i = index.get(name);
    if (i === undefined) {
      i = classes.length;
      classes.push(name);
      index.set(name, i);
    }
    return i;
  };
  let relabeled = 0;
  let common = 0;
  const cells = [...groups]
    .sort((x, y) => x.first - y.first)
    .map((g) => {
      const ta = nameOf(ca, g.a_truth, g.a_label);
      const tb = nameOf(cb, g.b_truth, g.b_label);
      if (ta !== tb) relabeled += g.n;
      common += g.n;
      const t = idx(side === 'a' ? ta : tb);
      return { t, pa: idx(nameOf(ca, g.a_pred)), pb: idx(nameOf(cb, g.b_pred)), n: g.n, tags: new Set(g.slices ?? []) };
    });
  const k = classes.length;
  const matrix = () => Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const confusion = { a: matrix(), b: matrix() };
  const bySlice = { a: new Map<string, number[][]>(), b: new Map<string, number[][]>() };
  const discordant: Discordant = { a_only: 0, b_only: 0 };
  const discordantBySlice = new Map<string, Discordant>();
  for (const { t, pa, pb, n, tags } of cells) {
    const okA = pa === t;
    const okB = pb === t;
    const count = (ma: number[][], mb: number[][], d: Discordant) => {
      ma[t]![pa]! += n;
      mb[t]![pb]! += n;
      if (okA && !okB) d.a_only += n;
      if (okB && !okA) d.b_only += n;
    };
    count(confusion.a, confusion.b, discordant);
    for (const tag of tags) {
      if (!discordantBySlice.has(tag)) {
        bySlice.a.set(tag, matrix());
        bySlice.b.set(tag, matrix());
        discordantBySlice.set(tag, { a_only: 0, b_only: 0 });
      }
      count(bySlice.a.get(tag)!, bySlice.b.get(tag)!, discordantBySlice.get(tag)!);
    }
  }
  return { classes, common, relabeled, confusion, bySlice, discordant, discordantBySlice };
}
