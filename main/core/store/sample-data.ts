/**
 * The app's two per-sample tables in the store: a version's manifest and a run's predictions.
 * Writing returns the link the document keeps; reading back whole is for the few consumers
 * that feed every sample to something else (an evaluation, an integrity check); views query
 * the files instead (see `runs/run-queries.ts`, `datasets/version-queries.ts`).
 */
import { createHash } from 'node:crypto';
import type { DatasetStats, Predictions, Sample, SampleLink, StoreLink } from '../../../shared/schema.js';
import { computeStats } from '../datasets/stats.js';
import { streamStore } from './query.js';
import { PREDICTION_COLUMNS, SAMPLE_COLUMNS, rowToSample, sampleToRow, type SampleRecord } from './tables.js';
import type { StoreUse } from './verify.js';
import { writeStoreTable, type Row } from './write.js';

/**
 * A manifest's fingerprint: sha-256 over path, content hash and label of every sample, in
 * path order, so two copies of the same data have the same fingerprint.
 */
export function manifestFingerprint(samples: readonly Sample[]): string {
  const h = createHash('sha256');
  for (const s of [...samples].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
    h.update(`${s.path}\t${s.sha256}\t${s.label}\n`);
  return h.digest('hex');
}

/** Stats of each split on its own (only splits that occur). */
export function splitStatsOf(samples: readonly Sample[], classes: readonly string[]): Record<string, DatasetStats> {
  const bySplit = new Map<string, Sample[]>();
  for (const s of samples) {
    if (s.split === undefined) continue;
    const list = bySplit.get(s.split);
    if (list) list.push(s);
    else bySplit.set(s.split, [s]);
  }
  const out: Record<string, DatasetStats> = {};
  for (const k of [...bySplit.keys()].sort()) out[k] = computeStats(bySplit.get(k)!, classes);
  return out;
}

/** Writes a manifest into the store and returns its link. */
export async function writeSamples(storeDir: string, samples: readonly Sample[]): Promise<SampleLink> {
  const w = await writeStoreTable(storeDir, SAMPLE_COLUMNS, sampleRows(samples));
  return {
    store: w.sha256,
    rows: w.rows,
    columns: SAMPLE_COLUMNS.map((c) => c.name),
    fingerprint: manifestFingerprint(samples),
  };
}

function* sampleRows(samples: readonly Sample[]): Generator<Row> {
  for (let i = 0; i < samples.length; i++) yield sampleToRow(samples[i]!, i);
}

/** The optional prediction columns and the in-memory field each one comes from. */
const OPTIONAL_COLUMNS = [
  ['path', 'paths'],
  ['value', 'values'],
  ['text', 'texts'],
] as const;

/** Writes a run's predictions into the store and returns its link. */
export async function writePredictions(storeDir: string, p: Predictions): Promise<StoreLink> {
  const columns = ['idx', 'truth', 'pred', 'conf'];
  for (const [col, field] of OPTIONAL_COLUMNS) if (p[field] !== undefined) columns.push(col);
  function* rows(): Generator<Row> {
    for (let i = 0; i < p.pred.length; i++)
      yield [i, p.paths?.[i] ?? null, p.truth[i], p.pred[i], p.conf[i], p.values?.[i] ?? null, p.texts?.[i] ?? null];
  }
  const w = await writeStoreTable(storeDir, PREDICTION_COLUMNS, rows());
  return {
    store: w.sha256,
    rows: w.rows,
    columns: PREDICTION_COLUMNS.map((c) => c.name).filter((c) => columns.includes(c)),
  };
}

/** Every sample of a manifest, in order. */
export async function readSamples(storeDir: string, link: StoreLink, use: StoreUse): Promise<Sample[]> {
  const out: Sample[] = [];
  const sql = 'SELECT * FROM {s} ORDER BY idx';
  for await (const chunk of streamStore<SampleRecord>(storeDir, sql, { s: { sha256: link.store, ...use } }))
    for (const r of chunk) out.push(rowToSample(r));
  return out;
}

interface PredictionRecord {
  path: string | null;
  truth: number;
  pred: number;
  conf: number;
  value: number | null;
  text: string | null;
}

/** A run's predictions as columns, with the optional ones only where the run recorded them. */
export async function readPredictions(storeDir: string, link: StoreLink, use: StoreUse): Promise<Predictions> {
  const p: Predictions = { truth: [], pred: [], conf: [] };
  const has = (c: string): boolean => link.columns.includes(c);
  if (has('path')) p.paths = [];
  if (has('value')) p.values = [];
  if (has('text')) p.texts = [];
  const sql = 'SELECT * FROM {p} ORDER BY idx';
  for await (const chunk of streamStore<PredictionRecord>(storeDir, sql, { p: { sha256: link.store, ...use } })) {
    for (const r of chunk) {
      p.truth.push(r.truth);
      p.pred.push(r.pred);
      p.conf.push(r.conf);
      p.paths?.push(r.path ?? '');
      p.values?.push(r.value);
      p.texts?.push(r.text ?? '');
    }
  }
  return p;
}

/** What a version's manifest is for, in store errors. */
export function versionUse(name: string, version: number): StoreUse {
  return {
    what: `the samples of ${name}@v${version}`,
    redo: `register ${name}@v${version} again from its source`,
  };
}

/** What a run's predictions are for, in store errors. */
export function runUse(id: string): StoreUse {
  return { what: `the predictions of ${id}`, redo: `run the evaluation of ${id} again` };
}
