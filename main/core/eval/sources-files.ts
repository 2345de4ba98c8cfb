/** Readers for file-based ad-hoc data: a manifest (JSONL or CSV) and a feature CSV. */
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { GapboardError } from '../project/errors.js';
import { csvRowProblem, streamCsvRecords } from '../datasets/csv.js';
import {
  parseSlices,
  resolveInside,
  sortedLabels,
  sourceFromSamples,
  type EvalSample,
  type EvalSource,
} from './sources.js';

interface RawRow {
  where: string;
  get(key: string): unknown;
  /** Set when the row cannot be read (bad bytes, wrong field count). */
  problem?: string;
}

async function* manifestRows(file: string): AsyncGenerator<RawRow> {
  const name = basename(file);
  if (file.toLowerCase().endsWith('.jsonl') || file.toLowerCase().endsWith('.ndjson')) {
    const lines = (await readFile(file, 'utf8')).split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      if (line === '') continue;
      let obj: unknown;
      try {
        obj = JSON.parse(line);
      } catch {
        throw new GapboardError('BAD_DATA', `${name} line ${i + 1} is not valid JSON`);
      }
      if (typeof obj !== 'object' || obj === null)
        throw new GapboardError('BAD_DATA', `${name} line ${i + 1} is not a JSON object`);
      const rec = obj as Record<string, unknown>;
      yield { where: `${name} line ${i + 1}`, get: (k) => rec[k] };
    }
    return;
  }
  let header: string[] | undefined;
  for await (const rec of streamCsvRecords(file)) {
    if (!header) {
      if (rec.text === null) throw new GapboardError('BAD_DATA', `${name}: the header row is not valid UTF-8 text`);
      header = rec.fields.map((h) => h.trim());
      continue;
    }
    const fields = rec.fields;
    const h = header;
    const problem = csvRowProblem(rec, h.length);
    yield {
      where: `${name} line ${rec.line}`,
      get: (k) => {
        const i = h.indexOf(k);
        return i >= 0 ? fields[i] : undefined;
      },
      ...(problem ? { problem } : {}),
    };
  }
}

/**
 * A manifest next to the files it names: JSONL objects or CSV rows with `file`, `label`,
 * optional `split` and `slices`. `split` keeps only that split's rows.
 */
export async function readManifest(file: string, opts: { split?: string } = {}): Promise<EvalSource> {
  const root = dirname(file);
  const samples: EvalSample[] = [];
  try {
    for await (const row of manifestRows(file)) {
      if (row.problem) {
        samples.push({ path: row.where, label: '', problem: row.problem });
        continue;
      }
      const rel = row.get('file');
      const label = row.get('label');
      if (typeof rel !== 'string' || rel === '') throw new GapboardError('BAD_DATA', `${row.where}: missing 'file'`);
      if (typeof label !== 'string' && typeof label !== 'number')
        throw new GapboardError('BAD_DATA', `${row.where}: missing 'label' (a string or number)`);
      if (label === '') throw new GapboardError('BAD_DATA', `${row.where}: empty 'label'`);
      const split = row.get('split');
      if (opts.split !== undefined && split !== opts.split) continue;
      const slices = parseSlices(row.get('slices'), row.where);
      samples.push({
        path: rel,
        absPath: resolveInside(root, rel, row.where),
        label: String(label),
        ...(typeof split === 'string' && split !== '' ? { split } : {}),
        ...(slices ? { slices } : {}),
      });
    }
  } catch (err) {
    if (err instanceof GapboardError) throw err;
    throw new GapboardError('BAD_DATA', `cannot read manifest ${file}: ${(err as Error).message}`);
  }
  if (samples.length === 0) {
    throw new GapboardError(
      'BAD_DATA',
      `${basename(file)} lists no samples${opts.split ? ` in split '${opts.split}'` : ''}`,
    );
  }
  return sourceFromSamples(samples, { kind: 'image', label: file });
}

/**
 * A feature table: every column but the label is a feature, in file order, unless
 * `features` names them. The label column defaults to `label` if present, else the last.
 * The file is read twice (once for labels and count, once while evaluating) so its rows
 * are never all in memory.
 */
export async function readCsvTable(
  file: string,
  opts: { label?: string; features?: string[] } = {},
): Promise<EvalSource> {
  const name = basename(file);
  let header: string[] | undefined;
  const labels = new Set<string>();
  let count = 0;
  try {
    for await (const rec of streamCsvRecords(file)) {
      if (!header) {
        if (rec.text === null) throw new GapboardError('BAD_DATA', `${name}: the header row is not valid UTF-8 text`);
        header = rec.fields.map((h) => h.trim());
      } else {
        count++;
        if (csvRowProblem(rec, header.length) === undefined)
          labels.add((rec.fields[labelIndex(header, opts.label, name)] ?? '').trim());
      }
    }
  } catch (err) {
    if (err instanceof GapboardError) throw err;
    throw new GapboardError('BAD_DATA', `cannot read CSV ${file}: ${(err as Error).message}`);
  }
  if (!header || count === 0) throw new GapboardError('BAD_DATA', `${name} has no data rows`);
  const h = header;
  const li = labelIndex(h, opts.label, name);
  const featureNames = opts.features ?? h.filter((_, i) => i !== li);
  const fi = featureNames.map((f) => {
    const i = h.indexOf(f);
    if (i < 0) throw new GapboardError('BAD_DATA', `${name} has no feature column '${f}' (columns: ${h.join(', ')})`);
    return i;
  });
  return {
    kind: 'tabular',
    classes: sortedLabels(labels),
    count,
    featureNames,
    label: file,
    async *samples() {
      let first = true;
      for await (const rec of streamCsvRecords(file)) {
        if (first) {
          first = false;
          continue;
        }
        const problem = csvRowProblem(rec, h.length);
        if (problem) {
          yield { path: `${name} line ${rec.line}`, label: '', problem };
          continue;
        }
        const features = fi.map((i) => Number((rec.fields[i] ?? '').trim()));
        const bad = fi.findIndex((i, j) => (rec.fields[i] ?? '').trim() === '' || !Number.isFinite(features[j]));
        const sample: EvalSample = { path: `${name} line ${rec.line}`, label: (rec.fields[li] ?? '').trim(), features };
        if (bad >= 0)
          sample.problem = `column '${featureNames[bad]}' is not a number ('${rec.fields[fi[bad] as number] ?? ''}')`;
        yield sample;
      }
    },
  };
}

function labelIndex(header: string[], label: string | undefined, name: string): number {
  if (label !== undefined) {
    const i = header.indexOf(label);
    if (i < 0)
      throw new GapboardError('BAD_DATA', `${name} has no label column '${label}' (columns: ${header.join(', ')})`);
    return i;
  }
  const i = header.indexOf('label');
  return i >= 0 ? i : header.length - 1;
}
