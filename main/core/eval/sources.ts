/**
 * What an evaluation reads: a stream of samples plus the facts known before streaming
 * (class order, count). Ad-hoc readers live here; a dataset version's manifest feeds the
 * same interface through `sourceFromSamples`.
 */
import { isAbsolute, join, resolve } from 'node:path';
import { walkImageFolder, type WalkResult } from '../datasets/walk.js';
import { GapboardError } from '../project/errors.js';

export interface EvalSample {
  /** Display / record path (relative to the source root for files, `row N` for CSV rows). */
  path?: string;
  /** Absolute file path for image samples. */
  absPath?: string;
  /** Feature vector for tabular samples. */
  features?: number[];
  label: string;
  slices?: string[];
  split?: string;
  /** Set by a reader when the sample cannot be used; it becomes an entry in `issues`. */
  problem?: string;
}

export interface EvalSource {
  kind: 'image' | 'tabular';
  /** Sorted distinct labels (folder names for ImageFolder); the default class order. */
  classes: string[];
  /** How many samples `samples()` yields (for progress and pre-sized prediction arrays). */
  count: number;
  /** Feature column names, in tensor order (tabular only). */
  featureNames?: string[];
  /** Where the data came from, for messages. */
  label: string;
  /** Entries found unusable while listing the data (unreadable folders, symlink loops…). */
  issues?: { path: string; reason: string }[];
  samples(): AsyncIterable<EvalSample>;
}

export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.gif', '.tif', '.tiff', '.bmp'];

/** Code-unit order, not locale order: class indices must not change with the user's locale. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function sortedLabels(labels: Iterable<string>): string[] {
  return [...new Set(labels)].sort(byCodeUnit);
}

/** Wraps an in-memory list (e.g. a dataset version's manifest already resolved to paths). */
export function sourceFromSamples(
  samples: EvalSample[],
  opts: { kind?: 'image' | 'tabular'; classes?: string[]; label?: string; featureNames?: string[] } = {},
): EvalSource {
  return {
    kind: opts.kind ?? (samples[0]?.features ? 'tabular' : 'image'),
    classes: opts.classes ?? sortedLabels(samples.filter((s) => !s.problem).map((s) => s.label)),
    count: samples.length,
    label: opts.label ?? 'samples',
    ...(opts.featureNames ? { featureNames: opts.featureNames } : {}),
    async *samples() {
      yield* samples;
    },
  };
}

/**
 * ImageFolder layout: `root/<class>/<file>`, classes and files sorted by name. The folder is
 * listed by the same walk `dataset add` uses, so symlink loops, unreadable folders and names
 * that are not UTF-8 become the same per-file issues in both instead of a failed run.
 */
export async function readImageFolder(root: string): Promise<EvalSource> {
  let walk: WalkResult;
  try {
    walk = await walkImageFolder(root);
  } catch (err) {
    if (err instanceof GapboardError) throw err;
    throw new GapboardError('BAD_DATA', `cannot read image folder ${root}: ${(err as Error).message}`);
  }
  // Evaluation reads images: other files in a class folder (notes, label lists) are left out.
  const files = walk.files.filter((rel) => IMAGE_EXTENSIONS.some((x) => rel.toLowerCase().endsWith(x)));
  if (files.length === 0) {
    throw new GapboardError('BAD_DATA', `${root} holds no images in the ImageFolder layout (root/<class>/<image>)`);
  }
  // Samples are made as they stream, so only the relative paths stay in memory.
  return {
    kind: 'image',
    classes: walk.classDirs,
    count: files.length,
    label: root,
    ...(walk.issues.length > 0 ? { issues: walk.issues } : {}),
    async *samples() {
      for (const rel of files)
        yield { path: rel, absPath: join(root, rel), label: rel.slice(0, rel.indexOf('/')) } satisfies EvalSample;
    },
  };
}

/**
 * Resolves a manifest path against its folder, refusing absolute paths and `..` so a
 * manifest cannot reach files outside the folder it describes.
 */
export function resolveInside(root: string, rel: string, where: string): string {
  const parts = rel.split(/[\\/]+/);
  if (rel === '' || isAbsolute(rel) || /^[A-Za-z]:/.test(rel) || parts.includes('..')) {
    throw new GapboardError('BAD_DATA', `${where}: file '${rel}' must be a relative path inside the manifest's folder`);
  }
  return resolve(root, ...parts);
}

/** `slices` in a manifest: a JSON array, or a `;`-separated list. */
export function parseSlices(value: unknown, where: string): string[] | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string')
    throw new GapboardError('BAD_DATA', `${where}: slices must be a list or a ';'-separated string`);
  const text = value.trim();
  if (text.startsWith('[')) {
    try {
      const arr = JSON.parse(text) as unknown;
      if (Array.isArray(arr)) return arr.map(String);
    } catch {
      // Not JSON after all: fall through to the ';' list.
    }
  }
  return text
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
