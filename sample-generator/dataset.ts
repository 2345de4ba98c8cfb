/**
 * The digits dataset of the sample story, version by version.
 *
 *  v1  clean scans from the first labeling batch (train imbalanced: the vendor under-delivered
 *      a few classes) + a clean test split; labels contain the vendor's systematic confusions
 *      (1↔7, 4↔9, 3↔5) because guide v1.0 had no examples of those handwriting styles.
 *  v2  v1 + a top-up of the scarce classes + digits photographed at an angle (slice `rotated`)
 *      and out-of-focus photos (slice `blurred`), labeled by the same vendor, same guide.
 *  v3  v2 with every confused label fixed by the re-review under guide v1.1: same files,
 *      new labels.
 */
import { blur, rotate } from './augment.js';
import type { DigitClass } from './digits.js';
import { createRng } from './prng.js';

export type Split = 'train' | 'test';
export type Slice = 'rotated' | 'blurred';
type Kind = 'clean' | Slice;

export interface DatasetPlan {
  /** v1 clean train count per class (index = digit). */
  v1Train: readonly number[];
  /** v1 clean test count per class. */
  v1Test: number;
  /** v2 tops every class's clean train up to this count. */
  v2TrainPerClass: number;
  rotatedTrain: number;
  rotatedTest: number;
  blurredTrain: number;
  blurredTest: number;
  /** Share of each confusable class the vendor mislabeled in v1/v2. */
  noiseRate: number;
}

/** The vendor's confusions under guide v1.0: true digit → label it got. */
export const CONFUSIONS: Readonly<Record<number, number>> = { 1: 7, 7: 1, 4: 9, 9: 4, 3: 5, 5: 3 };

export interface DigitItem {
  /** Path relative to the dataset root, e.g. `train/d-0001.png`. */
  file: string;
  pixels: Uint8Array;
  /** What the digit really is (= the v3 label). */
  digit: number;
  /** Label in v1/v2 (differs from `digit` for the vendor's mistakes). */
  vendorLabel: number;
  split: Split;
  slices: Slice[];
  /** First version that contains the file. */
  addedIn: 1 | 2;
  /** For rotated items: the angle in degrees; for blurred: sigma. */
  transform?: { kind: 'rotate'; degrees: number } | { kind: 'blur'; sigma: number; contrast: number };
}

interface Draft {
  pixels: Uint8Array;
  digit: number;
  split: Split;
  kind: Kind;
  addedIn: 1 | 2;
  transform?: DigitItem['transform'];
}

const PREFIX: Record<Kind, string> = { clean: 'd', rotated: 'r', blurred: 'b' };

/** Builds every image of every version, with final file names, from the MNIST digits. */
export function buildDigitItems(digits: readonly DigitClass[], plan: DatasetPlan, seed: number): DigitItem[] {
  const drafts: Draft[] = [];
  const rotRng = createRng(seed, 'rotate');
  const blurRng = createRng(seed, 'blur');
  for (const cls of digits) {
    const d = cls.digit;
    const pick = createRng(seed, `pick:${d}`).shuffle(cls.images);
    let next = 0;
    const take = (n: number): Uint8Array[] => {
      if (next + n > pick.length) throw new Error(`digit ${d}: needs ${next + n} images, has ${pick.length}`);
      const out = pick.slice(next, next + n);
      next += n;
      return out;
    };
    const v1Train = plan.v1Train[d] ?? 0;
    const add = (imgs: Uint8Array[], split: Split, kind: Kind, addedIn: 1 | 2): void => {
      for (const img of imgs) {
        if (kind === 'clean') drafts.push({ pixels: img, digit: d, split, kind, addedIn });
        else if (kind === 'rotated') {
          // "Photographed at an angle": 15–30° either way, plus the slight off-centre framing
          // of a hand-held phone.
          const deg = rotRng.range(15, 30) * (rotRng.next() < 0.5 ? -1 : 1);
          const dx = rotRng.range(-1, 1);
          const dy = rotRng.range(-1, 1);
          const degrees = Math.round(deg * 10) / 10;
          drafts.push({
            pixels: rotate(img, degrees, dx, dy),
            digit: d,
            split,
            kind,
            addedIn,
            transform: { kind: 'rotate', degrees },
          });
        } else {
          const sigma = Math.round(blurRng.range(0.9, 1.5) * 100) / 100;
          const contrast = Math.round(blurRng.range(0.55, 0.85) * 100) / 100;
          drafts.push({
            pixels: blur(img, sigma, contrast),
            digit: d,
            split,
            kind,
            addedIn,
            transform: { kind: 'blur', sigma, contrast },
          });
        }
      }
    };
    add(take(v1Train), 'train', 'clean', 1);
    add(take(plan.v1Test), 'test', 'clean', 1);
    add(take(Math.max(0, plan.v2TrainPerClass - v1Train)), 'train', 'clean', 2);
    add(take(plan.rotatedTrain), 'train', 'rotated', 2);
    add(take(plan.rotatedTest), 'test', 'rotated', 2);
    add(take(plan.blurredTrain), 'train', 'blurred', 2);
    add(take(plan.blurredTest), 'test', 'blurred', 2);
  }

  // File names: numbered per (split, kind) in a shuffled order so neither the name nor its
  // position gives the label away; v1 files come first, so v2's additions are one visible run.
  const items: DigitItem[] = [];
  for (const split of ['train', 'test'] as const) {
    for (const kind of ['clean', 'rotated', 'blurred'] as const) {
      const group = drafts.filter((x) => x.split === split && x.kind === kind);
      const ordered = [
        ...createRng(seed, `names:${split}:${kind}:1`).shuffle(group.filter((x) => x.addedIn === 1)),
        ...createRng(seed, `names:${split}:${kind}:2`).shuffle(group.filter((x) => x.addedIn === 2)),
      ];
      ordered.forEach((x, i) => {
        const item: DigitItem = {
          file: `${split}/${PREFIX[kind]}-${String(i + 1).padStart(4, '0')}.png`,
          pixels: x.pixels,
          digit: x.digit,
          vendorLabel: x.digit,
          split,
          slices: kind === 'clean' ? [] : [kind],
          addedIn: x.addedIn,
        };
        if (x.transform) item.transform = x.transform;
        items.push(item);
      });
    }
  }

  // The vendor's mistakes: an exact share of each confusable class, per batch and split.
  const noiseRng = createRng(seed, 'noise');
  for (const [from, to] of Object.entries(CONFUSIONS)) {
    const d = Number(from);
    for (const addedIn of [1, 2] as const) {
      for (const split of ['train', 'test'] as const) {
        const pool = items.filter((x) => x.digit === d && x.addedIn === addedIn && x.split === split);
        const n = Math.round(pool.length * plan.noiseRate);
        for (const x of noiseRng.shuffle(pool).slice(0, n)) x.vendorLabel = to;
      }
    }
  }
  return items.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** A manifest line: exactly the fields Gapboard's JSONL layout reads. */
export interface ManifestEntry {
  file: string;
  label: string;
  split: Split;
  slices: Slice[];
}

/** The items of a version with that version's labels. */
export function manifestFor(items: readonly DigitItem[], version: 1 | 2 | 3): ManifestEntry[] {
  return items
    .filter((x) => x.addedIn <= Math.min(version, 2))
    .map((x) => ({
      file: x.file,
      label: String(version === 3 ? x.digit : x.vendorLabel),
      split: x.split,
      slices: x.slices,
    }));
}

/** Stable JSONL text (key order fixed by `ManifestEntry`). */
export function manifestJsonl(entries: readonly ManifestEntry[]): string {
  return entries
    .map((e) => JSON.stringify({ file: e.file, label: e.label, split: e.split, slices: e.slices }))
    .join('\n')
    .concat('\n');
}
