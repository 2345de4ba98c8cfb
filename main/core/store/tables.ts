/**
 * The two tables the app keeps in the store, and the conversions between a row and the
 * document's per-sample shapes. `idx` keeps the original order: a run's predictions are
 * index-aligned with the samples it evaluated.
 */
import type { Sample } from '../../../shared/schema.js';
import type { ColumnSpec, Row } from './write.js';

export const SAMPLE_COLUMNS: readonly ColumnSpec[] = [
  { name: 'idx', type: 'INTEGER' },
  { name: 'path', type: 'VARCHAR' },
  { name: 'sha256', type: 'VARCHAR' },
  { name: 'size', type: 'BIGINT' },
  { name: 'label', type: 'VARCHAR' },
  { name: 'split', type: 'VARCHAR' },
  { name: 'slices', type: 'VARCHAR[]' },
];

export const PREDICTION_COLUMNS: readonly ColumnSpec[] = [
  { name: 'idx', type: 'INTEGER' },
  { name: 'path', type: 'VARCHAR' },
  { name: 'truth', type: 'INTEGER' },
  { name: 'pred', type: 'INTEGER' },
  { name: 'conf', type: 'INTEGER' },
  { name: 'value', type: 'DOUBLE' },
  { name: 'text', type: 'VARCHAR' },
];

export function sampleToRow(s: Sample, idx: number): Row {
  return [idx, s.path, s.sha256, s.size, s.label, s.split ?? null, s.slices ?? null];
}

export interface SampleRecord {
  idx: number;
  path: string;
  sha256: string;
  size: number;
  label: string;
  split: string | null;
  slices: string[] | null;
}

export function rowToSample(r: SampleRecord): Sample {
  const s: Sample = { path: r.path, sha256: r.sha256, size: r.size, label: r.label };
  if (r.split !== null) s.split = r.split;
  if (r.slices !== null) s.slices = r.slices;
  return s;
}
