/**
 * The metric-key vocabulary, the one place every process reads it from (scoring, the run page,
 * the requirement form, reports and the CLI): what kind of figure a key names, which way is
 * better, its unit, whether it depends on the machine it was measured on, and the operator and
 * unit a new requirement on it defaults to.
 */
import type { Operator } from './schema.js';

/** The metric key of a requirement no metric can measure: a named person judges it. */
export const MANUAL_METRIC = 'manual';

export type MetricKind = 'quality' | 'speed' | 'size' | 'data';

export interface MetricDefaults {
  kind: MetricKind;
  /** `<=` where lower is better (errors, time, size), `>=` otherwise. */
  op: Operator;
  unit: string;
  /** Measured by the speed pass, so the figure depends on the machine (cores, threads). */
  hardware?: boolean;
}

/** Lower is better for these quality keys; every other quality key is higher-is-better. */
const QUALITY_LE = ['error_rate', 'mae', 'rmse', 'cer', 'wer'];
/** Per-class quality keys, written `name[<class>]`. */
export const CLASS_QUALITY_KEYS = ['precision', 'recall', 'f1'] as const;

/** The headline figures of a classifier, in the order people ask for them. */
export const CLASSIFICATION_KEYS = [
  'accuracy',
  'error_rate',
  'top5_accuracy',
  'macro_precision',
  'macro_recall',
  'macro_f1',
  'min_class_recall',
] as const;

/** Base keys (no class or slice part) with their defaults, in the order the picker lists them. */
export const BASE_METRICS: ReadonlyMap<string, MetricDefaults> = new Map<string, MetricDefaults>([
  ...[...CLASSIFICATION_KEYS, 'mae', 'rmse', 'r2', 'exact_match', 'cer', 'wer'].map((k): [string, MetricDefaults] => [
    k,
    { kind: 'quality', op: QUALITY_LE.includes(k) ? '<=' : '>=', unit: '' },
  ]),
  ...['latency_mean_ms', 'latency_p50_ms', 'latency_p90_ms', 'latency_p95_ms', 'latency_p99_ms'].map(
    (k): [string, MetricDefaults] => [k, { kind: 'speed', op: '<=', unit: 'ms', hardware: true }],
  ),
  ['throughput_qps', { kind: 'speed', op: '>=', unit: 'qps', hardware: true }],
  ['server_qps', { kind: 'speed', op: '>=', unit: 'qps', hardware: true }],
  ['model_size_mb', { kind: 'size', op: '<=', unit: 'MB' }],
  ['params_m', { kind: 'size', op: '<=', unit: 'M' }],
  // A resource, but one the speed pass measures: it depends on the machine and its threads.
  ['peak_memory_mb', { kind: 'size', op: '<=', unit: 'MB', hardware: true }],
  ['data.count', { kind: 'data', op: '>=', unit: 'samples' }],
  ['data.min_class_count', { kind: 'data', op: '>=', unit: 'samples' }],
  ['labeling.cost', { kind: 'data', op: '<=', unit: '' }],
  ['labeling.accepted_rate', { kind: 'data', op: '>=', unit: '' }],
]);

/** A metric key taken apart. `known` is false for keys outside the grammar. */
export interface ParsedMetricKey {
  key: string;
  /** The key without its slice prefix, e.g. `recall[7]` for `slice[rotated].recall[7]`. */
  inner: string;
  /** The vocabulary entry: `recall` for `recall[7]`, `data.count` for `data.count[7]`. */
  base: string;
  className?: string;
  slice?: string;
  /** Only for `data.count[split=<name>]`. */
  split?: string;
  known: boolean;
}

const SLICE_RE = /^slice\[([^\]]+)\]\.(.+)$/;
const CLASS_RE = /^(precision|recall|f1)\[([^\]]+)\]$/;
const DATA_SLICE_RE = /^data\.count\[slice=([^\]]+)\]$/;
const DATA_SPLIT_RE = /^data\.count\[split=([^\]]+)\]$/;
const DATA_CLASS_RE = /^data\.count\[([^\]=]+)\]$/;

/** Splits a key into its base, class and slice parts. */
export function parseMetricKey(key: string): ParsedMetricKey {
  let m = DATA_SLICE_RE.exec(key);
  if (m) return { key, inner: key, base: 'data.count', slice: m[1]!, known: true };
  m = DATA_SPLIT_RE.exec(key);
  if (m) return { key, inner: key, base: 'data.count', split: m[1]!, known: true };
  m = DATA_CLASS_RE.exec(key);
  if (m) return { key, inner: key, base: 'data.count', className: m[1]!, known: true };
  m = SLICE_RE.exec(key);
  if (m) {
    const inner = parseMetricKey(m[2]!);
    const quality = inner.known && metricKind(inner.base) === 'quality' && inner.slice === undefined;
    return { ...inner, key, slice: m[1]!, known: quality };
  }
  m = CLASS_RE.exec(key);
  if (m) return { key, inner: key, base: m[1]!, className: m[2]!, known: true };
  return { key, inner: key, base: key, known: BASE_METRICS.has(key) || key === MANUAL_METRIC };
}

/**
 * The kind of figure a key names, from the key alone: `data.*`/`labeling.*` → data,
 * latency/QPS → speed, model size/params/memory → size, everything else → quality.
 */
export function metricKind(key: string): MetricKind {
  if (key.startsWith('data.') || key.startsWith('labeling.')) return 'data';
  const base = BASE_METRICS.get(key);
  if (base) return base.kind;
  if (key.startsWith('slice[')) return 'quality';
  if (/^latency_|_qps$/.test(key)) return 'speed';
  if (/_mb$|^params/.test(key)) return 'size';
  return 'quality';
}

/** The operator and unit a new requirement on `key` starts with. */
export function metricDefaults(key: string): MetricDefaults {
  const parsed = parseMetricKey(key);
  const base = BASE_METRICS.get(parsed.base);
  if (base) return base;
  if (CLASS_QUALITY_KEYS.includes(parsed.base as (typeof CLASS_QUALITY_KEYS)[number])) {
    return { kind: 'quality', op: '>=', unit: '' };
  }
  const kind = metricKind(key);
  return { kind, op: kind === 'speed' || kind === 'size' ? '<=' : '>=', unit: '' };
}

/** Whether a smaller value of `key` is the better one (errors, time, size, cost). */
export function lowerIsBetter(key: string): boolean {
  return metricDefaults(key).op === '<=';
}

/** The unit shown next to a value of `key` (`ms`, `qps`, `MB`, `M`, `samples`, or none). */
export function metricUnit(key: string): string {
  return metricDefaults(key).unit;
}

/** Whether the figure was measured by the speed pass and so depends on the machine. */
export function isHardwareMetric(key: string): boolean {
  const parsed = parseMetricKey(key);
  return parsed.slice === undefined && BASE_METRICS.get(parsed.base)?.hardware === true;
}

const BASE_ORDER = [...BASE_METRICS.keys()];
/** Sorts keys in the vocabulary's order (headline figures first), then alphabetically. */
export function byMetricOrder(a: string, b: string): number {
  const rank = (k: string) => {
    const i = BASE_ORDER.indexOf(k);
    return i === -1 ? BASE_ORDER.length : i;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** True for keys that name data (scored from a dataset version, not from a run). */
export function isDataMetric(key: string): boolean {
  return metricKind(key) === 'data';
}

/** One entry of the metric picker's list. */
export interface CatalogEntry {
  key: string;
  kind: MetricKind;
  /** Default operator and unit for a new requirement on this key. */
  op: Operator;
  unit: string;
  /** Where the key comes from: the metric vocabulary, a dataset's classes/slices, or a run. */
  source: 'design' | 'dataset' | 'run';
}
