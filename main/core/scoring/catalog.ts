/**
 * The metric picker's list: the metric vocabulary's keys, expanded with the class names and slice tags
 * found in the project's datasets, plus any other key a run actually reported.
 */
import type { ProjectDocument } from '../../../shared/schema.js';
import {
  BASE_METRICS,
  CLASS_QUALITY_KEYS,
  metricDefaults,
  parseMetricKey,
  type CatalogEntry,
} from '../../../shared/metric-keys.js';
import { MANUAL_METRIC } from '../../../shared/schema.js';

export type { CatalogEntry } from '../../../shared/metric-keys.js';

/** Class names and slice tags across every dataset version (sorted, de-duplicated). */
export function datasetVocabulary(doc: ProjectDocument): {
  classes: string[];
  slices: string[];
  splits: string[];
  currency: string;
} {
  const classes = new Set<string>();
  const slices = new Set<string>();
  const splits = new Set<string>();
  let currency = '';
  for (const ds of doc.datasets) {
    for (const v of ds.versions) {
      for (const c of v.classes) classes.add(c);
      for (const c of Object.keys(v.stats.classes)) classes.add(c);
      for (const s of Object.keys(v.stats.slices)) slices.add(s);
      for (const s of Object.keys(v.stats.splits)) splits.add(s);
      for (const b of v.batches) currency ||= b.currency;
    }
  }
  const sort = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return { classes: sort(classes), slices: sort(slices), splits: sort(splits), currency };
}

/** Every metric key a requirement can name in this project, each with its kind, default op and unit. */
export function metricCatalog(doc: ProjectDocument): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  const seen = new Set<string>();
  const { classes, slices, splits, currency } = datasetVocabulary(doc);
  const add = (key: string, source: CatalogEntry['source']) => {
    if (seen.has(key)) return;
    seen.add(key);
    const d = metricDefaults(key);
    const unit = key === 'labeling.cost' ? currency : d.unit;
    out.push({ key, kind: d.kind, op: d.op, unit, source });
  };
  for (const key of BASE_METRICS.keys()) add(key, 'design');
  // A requirement no metric measures: a named person judges it met or not met.
  add(MANUAL_METRIC, 'design');
  const quality = [...BASE_METRICS].filter(([, d]) => d.kind === 'quality').map(([k]) => k);
  for (const c of classes) for (const k of CLASS_QUALITY_KEYS) add(`${k}[${c}]`, 'dataset');
  for (const c of classes) add(`data.count[${c}]`, 'dataset');
  for (const s of splits) add(`data.count[split=${s}]`, 'dataset');
  for (const s of slices) {
    add(`data.count[slice=${s}]`, 'dataset');
    for (const k of quality) add(`slice[${s}].${k}`, 'dataset');
    for (const c of classes) for (const k of CLASS_QUALITY_KEYS) add(`slice[${s}].${k}[${c}]`, 'dataset');
  }
  for (const run of doc.runs) for (const key of Object.keys(run.metrics)) add(key, 'run');
  return out;
}

/**
 * Whether a requirement may name `key`: it follows the metric-key grammar (any class or slice
 * name — requirements often come before the data), or a run of this project reported it.
 */
export function isKnownMetricKey(doc: ProjectDocument, key: string): boolean {
  if (parseMetricKey(key).known) return true;
  return doc.runs.some((r) => key in r.metrics);
}
