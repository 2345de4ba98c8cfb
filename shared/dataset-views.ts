/**
 * The shapes of dataset results as every process receives them (summaries, costs, integrity
 * checks). The core returns them and the UI reads them, so they are declared once, here.
 */

import type { DATASET_LAYOUTS } from './vocabulary.js';

export type DatasetLayout = (typeof DATASET_LAYOUTS)[number];

/** A file (or CSV row) left out of a version, with a reason a person can act on. */
export interface ScanIssue {
  /** Relative to the dataset root, forward slashes (`cat/x.png`, `data.csv#12`, `manifest.jsonl:3`). */
  path: string;
  reason: string;
}

export interface LowClass {
  class: string;
  count: number;
  median: number;
  /** count / median (0 when the class is empty). */
  ratio: number;
}

export interface VersionSummary {
  version: number;
  parent?: number;
  createdAt: string;
  layout: string;
  source: string;
  notes: string;
  count: number;
  classes: Record<string, number>;
  lowClasses: LowClass[];
  batches: number;
  cost: Record<string, number>;
}

export interface DatasetSummary {
  name: string;
  description: string;
  versions: VersionSummary[];
}

export interface BatchTotals {
  /** Per currency: Σ unitPrice × delivered. */
  cost: Record<string, number>;
  ordered: number;
  delivered: number;
  accepted: number;
  /** accepted / delivered; null when nothing was delivered. */
  acceptedRate: number | null;
  /** Per currency: cost / accepted; null when nothing was accepted. */
  costPerAccepted: Record<string, number | null>;
}

export interface VersionCost {
  version: number;
  totals: BatchTotals;
  /** Per currency, this version and every earlier one. */
  cumulative: Record<string, number>;
}

export interface ChangedFile {
  path: string;
  expected: string;
  /** The hash now, or null when the file can no longer be read as a sample. */
  actual: string | null;
  reason?: string;
}

export interface VerifyResult {
  name: string;
  version: number;
  /** True when every file matches and nothing is missing or unexpected. */
  ok: boolean;
  checked: number;
  missing: string[];
  changed: ChangedFile[];
  unexpected: string[];
}

/** The lists a version diff pages through. */
export const DIFF_LISTS = ['added', 'removed', 'relabeled', 'modified', 'moved'] as const;
export type DiffList = (typeof DIFF_LISTS)[number];
