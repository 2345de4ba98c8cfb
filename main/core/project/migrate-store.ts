/**
 * Schema 1 kept every sample and prediction inline; schema 2 keeps them in the store beside
 * the project file. The lift is in two halves: a pure one (while parsing) that takes the
 * inline arrays out of the JSON, validates them and counts what the document keeps
 * (per-split stats, the diff from the parent), and an async one (when a session opens the
 * file) that writes the arrays into the store and links them.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import {
  predictionsSchema,
  sampleSchema,
  type Predictions,
  type ProjectDocument,
  type Sample,
} from '../../../shared/schema.js';
import { diffManifests } from '../datasets/diff.js';
import { storeDirFor } from '../store/layout.js';
import { splitStatsOf, writePredictions, writeSamples } from '../store/sample-data.js';
import { GapboardError } from './errors.js';

type Json = Record<string, unknown>;

/** The per-sample data a schema-1 file held inline, waiting to be written to the store. */
export interface InlineData {
  versions: { dataset: string; version: number; samples: Sample[] }[];
  runs: { id: string; predictions: Predictions }[];
}

export const NO_INLINE_DATA: InlineData = { versions: [], runs: [] };

type PathPart = string | number;

function check<T>(
  schema: z.ZodType<T>,
  value: unknown,
  at: PathPart[],
  label: string,
  format: (p: PathPart[]) => string,
): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new GapboardError(
    'INVALID',
    `${label} does not match the project schema: ${format([...at, ...(issue.path as PathPart[])])}: ${issue.message}.`,
  );
}

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Takes a schema-1 JSON (already checked to be an object) to schema 2: inline manifests and
 * predictions move into the returned `data`, the version gains `splitStats` and `parentDiff`.
 * Anything not shaped as expected is left for the schema check to name.
 */
export function liftInlineData(
  doc: Json,
  label: string,
  format: (p: PathPart[]) => string,
): { doc: Json; data: InlineData } {
  const data: InlineData = { versions: [], runs: [] };
  const out: Json = { ...doc, schemaVersion: 2 };
  if (Array.isArray(doc.datasets)) {
    out.datasets = doc.datasets.map((ds: unknown, di) => {
      if (!isRecord(ds) || !Array.isArray(ds.versions)) return ds;
      const lifted = ds.versions.map((v: unknown, vi) => {
        if (!isRecord(v) || !Array.isArray(v.samples)) return { v, samples: undefined };
        const at = ['datasets', di, 'versions', vi, 'samples'];
        const samples = check(z.array(sampleSchema), v.samples, at, label, format);
        const { samples: _inline, ...rest } = v;
        return { v: rest, samples };
      });
      const byVersion = new Map<unknown, Sample[]>();
      for (const x of lifted) if (x.samples && isRecord(x.v)) byVersion.set(x.v.version, x.samples);
      const versions = lifted.map(({ v, samples }) => {
        if (!samples || samples.length === 0 || !isRecord(v)) return v;
        const classes = Array.isArray(v.classes) ? (v.classes as string[]) : [];
        const splits = splitStatsOf(samples, classes);
        const parent = v.parent !== undefined ? byVersion.get(v.parent) : undefined;
        if (typeof ds.name === 'string' && typeof v.version === 'number')
          data.versions.push({ dataset: ds.name, version: v.version, samples });
        return {
          ...v,
          ...(Object.keys(splits).length > 0 ? { splitStats: splits } : {}),
          ...(parent && parent.length > 0 ? { parentDiff: diffManifests(parent, samples).counts } : {}),
        };
      });
      return { ...ds, versions };
    });
  }
  if (Array.isArray(doc.runs)) {
    out.runs = doc.runs.map((run: unknown, ri) => {
      if (!isRecord(run) || run.predictions === undefined) return run;
      const predictions = check(predictionsSchema, run.predictions, ['runs', ri, 'predictions'], label, format);
      const { predictions: _inline, ...rest } = run;
      if (typeof run.id === 'string') data.runs.push({ id: run.id, predictions });
      return rest;
    });
  }
  return { doc: out, data };
}

/** Writes lifted data into the store and links it from the (schema-2) document. */
export async function storeInlineData(doc: ProjectDocument, data: InlineData, storeDir: string): Promise<void> {
  for (const item of data.versions) {
    const v = doc.datasets.find((d) => d.name === item.dataset)?.versions.find((x) => x.version === item.version);
    if (v) v.samples = await writeSamples(storeDir, item.samples);
  }
  for (const item of data.runs) {
    const run = doc.runs.find((r) => r.id === item.id);
    if (run) run.predictions = await writePredictions(storeDir, item.predictions);
  }
}

/**
 * Writes the per-sample data an older file held inline into the store and links it; returns
 * the temporary folder it used, if any. A writer fills the store beside the file, which its
 * next save makes the file's own. A read-only session writes into a fresh temporary folder
 * instead (removed when it closes): whoever only reads a project — `gapboard info`, a
 * presentation, a second window — must leave its folder exactly as it was, and the data still
 * has to be somewhere for the views that query it. When even that fails, it opens without the
 * links, and the views that need the samples say so.
 */
export async function linkInlineData(
  doc: ProjectDocument,
  inline: InlineData,
  file: string,
  readOnly: boolean,
): Promise<string | null> {
  if (inline.versions.length === 0 && inline.runs.length === 0) return null;
  if (!readOnly) {
    await storeInlineData(doc, inline, storeDirFor(file));
    return null;
  }
  let scratch: string | null = null;
  try {
    scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'gapboard-read-only-store-'));
    await storeInlineData(doc, inline, scratch);
    return scratch;
  } catch {
    if (scratch) await fs.rm(scratch, { recursive: true, force: true }).catch(() => undefined);
    return null;
  }
}
