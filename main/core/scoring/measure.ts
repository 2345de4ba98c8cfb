/**
 * Where a requirement's value comes from: a run's metrics for quality / speed / size keys, a
 * dataset version for data keys — and why it is untested when neither can say.
 */
import { computeStats } from '../datasets/stats.js';
import {
  MANUAL_METRIC,
  type DatasetVersion,
  type ProjectDocument,
  type Requirement,
  type Run,
} from '../../../shared/schema.js';
import { measureManual } from './manual-measure.js';
import { metricKind } from '../../../shared/metric-keys.js';
import type { DatasetRef, Evidence } from '../../../shared/board-views.js';

export type { DatasetRef, Evidence } from '../../../shared/board-views.js';

/**
 * Data metrics of one dataset version (`data.count`, `labeling.cost`, …). With
 * `allVersions`, labeling figures are cumulative over this version and the earlier ones.
 */
export type DataMetricsFn = (
  version: DatasetVersion,
  allVersions?: readonly DatasetVersion[],
) => Record<string, number | null | undefined>;

export interface Measurement {
  /** The key actually looked up (a slice scope turns `accuracy` into `slice[tag].accuracy`). */
  key: string;
  value: number | null;
  /** The value's 95% interval as the run recorded it, when it has one. */
  interval?: [number, number];
  evidence: Evidence;
}

export interface MeasureContext {
  doc: ProjectDocument;
  run: Run | null;
  dataMetrics: DataMetricsFn;
  /** Dataset versions an iteration declared; data requirements without a pinned version use them. */
  datasets?: readonly { name: string; version: number }[];
  /** Per-version memo, so 300 data requirements do not recount a manifest 300 times. */
  cache: Map<DatasetVersion, Record<string, number | null | undefined>>;
}

/** `digits@v3`, `digits@v3:test`. */
export function formatDatasetRef(ref: DatasetRef): string {
  return `${ref.name}@v${ref.version}${ref.split ? `:${ref.split}` : ''}`;
}

/** Human-readable evidence, the string frozen into a scorecard row. */
export function formatEvidence(e: Evidence): string {
  if (e.reason) return e.reason;
  if (e.judgment) {
    const j = e.judgment;
    return `judged ${j.verdict === 'met' ? 'met' : 'not met'} by ${j.by} on ${j.at.slice(0, 10)}: ${j.reason}`;
  }
  const parts: string[] = [];
  if (e.run) parts.push(e.run);
  if (e.dataset) parts.push(formatDatasetRef(e.dataset));
  return parts.join(' · ');
}

/** The metric key to look up for a requirement, with its slice scope folded in. */
export function effectiveKey(req: Requirement): string {
  const { slice, split } = req.scope;
  if (!slice) return req.metric === 'data.count' && split ? `data.count[split=${split}]` : req.metric;
  const kind = metricKind(req.metric);
  if (kind === 'quality' && !req.metric.startsWith('slice[')) return `slice[${slice}].${req.metric}`;
  if (req.metric === 'data.count') return `data.count[slice=${slice}]`;
  // Speed and size do not depend on a slice; other data keys have no per-slice form.
  return req.metric;
}

/** A run's value for `key`; error_rate is derived as 1 − accuracy, the chance a user must correct a result, when absent. */
export function runMetric(run: Run, key: string): number | null {
  const v = run.metrics[key];
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  const m = /^(slice\[[^\]]+\]\.)?error_rate$/.exec(key);
  if (m && v === undefined) {
    const acc = run.metrics[`${m[1] ?? ''}accuracy`];
    if (typeof acc === 'number' && Number.isFinite(acc)) return Number((1 - acc).toPrecision(12));
  }
  return null;
}

function outOfScope(req: Requirement, run: Run): string | null {
  const { dataset, version, split } = req.scope;
  const on = run.dataset;
  const where = on ? formatDatasetRef(on) : 'ad-hoc data';
  if (dataset !== undefined && on?.name !== dataset) return `${run.id} is on ${where}, not ${dataset}`;
  if (version !== undefined && on?.version !== version)
    return `${run.id} is on ${where}, not ${dataset ?? 'v'}@v${version}`;
  if (split !== undefined && on?.split !== split) return `${run.id} is on ${where}, not split ${split}`;
  return null;
}

function measureRun(req: Requirement, key: string, ctx: MeasureContext): Measurement {
  const run = ctx.run;
  if (!run) return { key, value: null, evidence: { reason: 'no finished run' } };
  const reason = outOfScope(req, run);
  if (reason) return { key, value: null, evidence: { run: run.id, reason } };
  const dataset = run.dataset ? { ...run.dataset } : undefined;
  const value = runMetric(run, key);
  if (value === null) {
    return {
      key,
      value,
      evidence: { run: run.id, ...(dataset ? { dataset } : {}), reason: `${run.id} did not measure ${key}` },
    };
  }
  const interval = runInterval(run, key);
  return { key, value, ...(interval ? { interval } : {}), evidence: { run: run.id, ...(dataset ? { dataset } : {}) } };
}

/** A run's 95% interval for `key`; error_rate's is accuracy's mirrored when only that was kept. */
export function runInterval(run: Run, key: string): [number, number] | undefined {
  const ci = run.intervals?.[key];
  if (ci) return ci;
  const m = /^(slice\[[^\]]+\]\.)?error_rate$/.exec(key);
  const acc = m && run.metrics[key] === undefined ? run.intervals?.[`${m[1] ?? ''}accuracy`] : undefined;
  return acc ? [Number((1 - acc[1]).toPrecision(12)), Number((1 - acc[0]).toPrecision(12))] : undefined;
}

/**
 * Which dataset version a data requirement is measured on: the scope's pinned version, else the
 * run's version of that dataset, else the iteration's declared version, else the latest one.
 * Without a scoped dataset, the run's dataset (or the iteration's first, or the only one).
 */
function pickVersion(req: Requirement, ctx: MeasureContext): { ref: DatasetRef | null; reason?: string } {
  const { doc, run, datasets } = ctx;
  const name =
    req.scope.dataset ??
    run?.dataset?.name ??
    datasets?.[0]?.name ??
    (doc.datasets.length === 1 ? doc.datasets[0]!.name : undefined);
  if (name === undefined) return { ref: null, reason: 'no dataset to measure (scope the requirement to one)' };
  const ds = doc.datasets.find((d) => d.name === name);
  if (!ds || ds.versions.length === 0) return { ref: null, reason: `dataset ${name} has no versions` };
  const version =
    req.scope.version ??
    (run?.dataset?.name === name ? run.dataset.version : undefined) ??
    datasets?.find((d) => d.name === name)?.version ??
    Math.max(...ds.versions.map((v) => v.version));
  return { ref: { name, version } };
}

function measureData(req: Requirement, key: string, ctx: MeasureContext): Measurement {
  const { ref, reason } = pickVersion(req, ctx);
  if (!ref) return { key, value: null, evidence: { reason: reason ?? 'no dataset' } };
  const versions = ctx.doc.datasets.find((d) => d.name === ref.name)?.versions ?? [];
  const version = versions.find((v) => v.version === ref.version);
  if (!version) return { key, value: null, evidence: { reason: `${formatDatasetRef(ref)} does not exist` } };
  // A split scope (`digits@v3:train`) counts only that split's samples; labeling figures are
  // per version whatever the split, so they come from the whole version. Without a manifest
  // (a summary-only version) the stored per-split count is all there is.
  const split = req.scope.split;
  const recount = split !== undefined && key.startsWith('data.') && (version.samples?.rows ?? 0) > 0;
  const measured = recount ? splitView(version, split) : version;
  let metrics = ctx.cache.get(measured);
  if (!metrics) {
    // Cumulative labeling figures: a budget requirement caps what the data has cost so far.
    metrics = ctx.dataMetrics(measured, versions);
    ctx.cache.set(measured, metrics);
  }
  const v = metrics[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    return { key, value: null, evidence: { dataset: ref, reason: `${formatDatasetRef(ref)} has no ${key}` } };
  }
  return { key, value: v, evidence: { dataset: ref } };
}

const splitViews = new WeakMap<DatasetVersion, Map<string, DatasetVersion>>();

/** The version as if it held only `split`'s samples (stats recounted), made once per version. */
function splitView(version: DatasetVersion, split: string): DatasetVersion {
  let views = splitViews.get(version);
  if (!views) splitViews.set(version, (views = new Map<string, DatasetVersion>()));
  let view = views.get(split);
  if (!view) {
    // Counted per split when the manifest was stored; a split with no samples counts zero.
    view = { ...version, stats: version.splitStats?.[split] ?? computeStats([], version.classes) };
    views.set(split, view);
  }
  return view;
}

/** Measures one requirement in a context (a run, the project's datasets). */
export function measure(req: Requirement, ctx: MeasureContext): Measurement {
  if (req.metric === MANUAL_METRIC) return measureManual(req, ctx.doc);
  const key = effectiveKey(req);
  return metricKind(key) === 'data' ? measureData(req, key, ctx) : measureRun(req, key, ctx);
}
