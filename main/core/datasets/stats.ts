/** Counts per class / split / slice, the image-size summary, and the low-class warning. */
import type { DatasetStats, Sample } from '../../../shared/schema.js';
import type { ImageInfo } from './types.js';
import type { LowClass } from '../../../shared/dataset-views.js';
export type { LowClass } from '../../../shared/dataset-views.js';

type ImageSummary = NonNullable<DatasetStats['image']>;

/** Folds image headers into min/max sizes and a channels histogram, one image at a time. */
export class ImageSummaryBuilder {
  private summary: ImageSummary | null = null;

  add(info: ImageInfo): void {
    const s = this.summary;
    if (!s) {
      this.summary = {
        minWidth: info.width,
        maxWidth: info.width,
        minHeight: info.height,
        maxHeight: info.height,
        channels: { [String(info.channels)]: 1 },
      };
      return;
    }
    s.minWidth = Math.min(s.minWidth, info.width);
    s.maxWidth = Math.max(s.maxWidth, info.width);
    s.minHeight = Math.min(s.minHeight, info.height);
    s.maxHeight = Math.max(s.maxHeight, info.height);
    const k = String(info.channels);
    s.channels[k] = (s.channels[k] ?? 0) + 1;
  }

  build(): ImageSummary | undefined {
    return this.summary ?? undefined;
  }
}

function sortedRecord(counts: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of [...counts.keys()].sort()) out[k] = counts.get(k)!;
  return out;
}

/** Counts of one group of samples (the whole manifest, or one split), one sample at a time. */
class Counts {
  count = 0;
  readonly byClass = new Map<string, number>();
  readonly bySplit = new Map<string, number>();
  readonly bySlice = new Map<string, number>();

  add(s: Sample): void {
    this.count++;
    this.byClass.set(s.label, (this.byClass.get(s.label) ?? 0) + 1);
    if (s.split !== undefined) this.bySplit.set(s.split, (this.bySplit.get(s.split) ?? 0) + 1);
    // A tag repeated on one sample counts it once.
    const tags = s.slices ?? [];
    for (let i = 0; i < tags.length; i++) {
      const tag = tags[i]!;
      if (tags.indexOf(tag) === i) this.bySlice.set(tag, (this.bySlice.get(tag) ?? 0) + 1);
    }
  }

  build(classes: readonly string[], image?: ImageSummary): DatasetStats {
    const byClass = new Map<string, number>(classes.map((c) => [c, 0]));
    for (const [c, n] of this.byClass) byClass.set(c, n);
    const stats: DatasetStats = {
      count: this.count,
      classes: sortedRecord(byClass),
      splits: sortedRecord(this.bySplit),
      slices: sortedRecord(this.bySlice),
    };
    if (image) stats.image = image;
    return stats;
  }
}

/**
 * A manifest's statistics gathered as its samples stream past (a registration never holds
 * every sample at once): counts per class / split / slice for the whole and for each split,
 * and the image-size summary.
 */
export class StatsBuilder {
  private readonly all = new Counts();
  private readonly splits = new Map<string, Counts>();
  private readonly images = new ImageSummaryBuilder();

  add(s: Sample): void {
    this.all.add(s);
    if (s.split === undefined) return;
    let c = this.splits.get(s.split);
    if (!c) this.splits.set(s.split, (c = new Counts()));
    c.add(s);
  }

  addImage(info: ImageInfo): void {
    this.images.add(info);
  }

  get count(): number {
    return this.all.count;
  }

  /** Every label seen so far. */
  labels(): IterableIterator<string> {
    return this.all.byClass.keys();
  }

  /** The whole manifest's stats (every class in `classes` listed, 0 when it has none). */
  stats(classes: readonly string[]): DatasetStats {
    return this.all.build(classes, this.images.build());
  }

  /** Stats of each split on its own (only splits that occur), without the image summary. */
  splitStats(classes: readonly string[]): Record<string, DatasetStats> {
    const out: Record<string, DatasetStats> = {};
    for (const k of [...this.splits.keys()].sort()) out[k] = this.splits.get(k)!.build(classes);
    return out;
  }
}

/**
 * Stats of a manifest. Every class in `classes` appears (0 when it has no samples), so a
 * class that lost all its data shows up instead of vanishing. Samples without a split are
 * not counted under `splits`.
 */
export function computeStats(
  samples: readonly Sample[],
  classes: readonly string[],
  image?: ImageSummary,
): DatasetStats {
  const counts = new Counts();
  for (const s of samples) counts.add(s);
  return counts.build(classes, image);
}

/** The fraction of the median below which a class is flagged. */
export const LOW_CLASS_RATIO = 0.5;

/**
 * Classes far below the typical class size: `count < ratio × median` of all class counts
 * (default ratio 0.5). The median, not the mean, so one huge class does not flag every other.
 * Needs at least two classes; sorted by count, smallest first.
 */
export function lowClasses(stats: DatasetStats, ratio = LOW_CLASS_RATIO): LowClass[] {
  const entries = Object.entries(stats.classes);
  if (entries.length < 2) return [];
  const counts = entries.map(([, n]) => n).sort((a, b) => a - b);
  const mid = counts.length >> 1;
  const median = counts.length % 2 ? counts[mid]! : (counts[mid - 1]! + counts[mid]!) / 2;
  return entries
    .filter(([, n]) => n < ratio * median)
    .map(([cls, n]) => ({ class: cls, count: n, median, ratio: median ? n / median : 0 }))
    .sort((a, b) => a.count - b.count || (a.class < b.class ? -1 : 1));
}
