/**
 * The shapes of the board and the history as the UI receives them. Kept free of anything that
 * reaches Node (sessions, files), so the renderer's type-check can import them via the contract.
 */
import type { Operator, ScorecardRow } from './schema.js';
import type { MetricKind } from './metric-keys.js';

/** Where a requirement stands against its target. */
export type GapStatus = 'met' | 'unmet' | 'untested';

export interface DatasetRef {
  name: string;
  version: number;
  split?: string;
}

/** What a value was measured on: one click away on the board. */
export interface Evidence {
  run?: string;
  dataset?: DatasetRef;
  /** Set when there is no value: why (out of scope, not measured, no run…). */
  reason?: string;
  /** A manual requirement's judgment that counts now: who said met or not met, when and why. */
  judgment?: { verdict: 'met' | 'unmet'; by: string; at: string; reason: string };
}

export interface Tally {
  /** Requirements whose value meets the target (gap 0), within noise or not. */
  met: number;
  total: number;
  /**
   * The headline's disjoint counts, summing to `total`: met and not met outside the noise,
   * untested (never folded into either), and within noise (the target inside the value's 95%
   * interval, whichever side of it the value fell).
   */
  counts: { met: number; unmet: number; untested: number; withinNoise: number };
}

export interface TrendPoint {
  iteration: string;
  value: number | null;
  /** The target frozen at that iteration: the target line steps where it changed. */
  target: number;
  status: GapStatus;
}

export interface BoardCard extends ScorecardRow {
  kind: MetricKind;
  /** Structured evidence for the one-click link (run page, dataset version page). */
  evidenceRef: Evidence;
  /** Value per closed iteration where the requirement was scored. */
  trend: TrendPoint[];
  /** Q&A / decision ids linked to this requirement. */
  decisions: string[];
}

export interface Board {
  iteration: { id: string; name: string } | null;
  run: { id: string; model: string; modelName: string; dataset?: DatasetRef; startedAt: string } | null;
  /** Whether `run` is the chosen candidate or just the latest finished run. */
  runSource: 'candidate' | 'latest' | 'none';
  /** Finished runs recorded after the scored one (the header offers compare · make candidate). */
  newerRuns: string[];
  /** The scored run evaluated samples of a training split: its quality figures flatter the model. */
  includesTraining: boolean;
  cards: BoardCard[];
  must: Tally;
  all: Tally;
  /** Requirement ids per status, in requirement order. */
  byStatus: Record<GapStatus, string[]>;
  byKind: Record<MetricKind, string[]>;
}

export interface IterationRef {
  id: string;
  name: string;
  closedAt: string;
  candidateRun?: string;
}

/** One requirement at one closed iteration; all null when it was not in that scorecard. */
export interface HistoryPoint {
  iteration: string;
  value: number | null;
  target: number | null;
  op: Operator | null;
  gap: number | null;
  status: GapStatus | null;
}

export interface RequirementSeries {
  id: string;
  title: string;
  metric: string;
  unit: string;
  /** False for a requirement deleted since (it lives on in old scorecards). */
  current: boolean;
  /** One point per closed iteration, in order. */
  points: HistoryPoint[];
}

export interface BurndownPoint {
  iteration: string;
  unmetMust: number;
  unmetShould: number;
  untestedMust: number;
  untestedShould: number;
  must: Tally;
  all: Tally;
}

export interface CostQualityPoint {
  iteration: string;
  run?: string;
  /** Labeling cost of every version up to the newest one used so far; null when nothing was priced. */
  cumulativeCost: number | null;
  currency: string;
  quality: number | null;
}

export interface ProjectHistory {
  iterations: IterationRef[];
  requirements: RequirementSeries[];
  burndown: BurndownPoint[];
  qualityMetric: string;
  costVsQuality: CostQualityPoint[];
}
