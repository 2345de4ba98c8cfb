/**
 * The CSV-table layout: the CSV *is* the dataset. Each data row is a sample named
 * `<file>.csv#<row>` (1-based, header excluded) whose sha-256 is that of the row's text,
 * so editing one row shows up as one modified sample in a diff.
 */
import { createHash } from 'node:crypto';
import { csvRowProblem, readCsvRecords } from './csv.js';
import type { Sample } from '../../../shared/schema.js';
import type { ScanIssue } from './types.js';

/** Rows → samples; a missing label column, ragged or non-UTF-8 rows become issues. */
export function scanCsvTable(
  bytes: Uint8Array,
  name: string,
  labelColumn: string,
): { samples: Sample[]; issues: ScanIssue[] } {
  const issues: ScanIssue[] = [];
  const samples: Sample[] = [];
  const records = readCsvRecords(bytes);
  const header = records[0];
  if (!header || header.text === null) {
    issues.push({ path: name, reason: header ? 'header row is not valid UTF-8 text' : 'the CSV is empty' });
    return { samples, issues };
  }
  const cols = header.fields.map((f) => f.trim());
  const labelAt = cols.indexOf(labelColumn);
  if (labelAt < 0) {
    issues.push({ path: name, reason: `no label column "${labelColumn}" (columns: ${cols.join(', ')})` });
    return { samples, issues };
  }
  // Optional metadata columns; a feature that happens to be called `split` is rare enough.
  const splitAt = cols.indexOf('split');
  const slicesAt = cols.indexOf('slices');
  records.slice(1).forEach((r, i) => {
    const rowPath = `${name}#${i + 1}`;
    const problem = csvRowProblem(r, cols.length);
    if (problem !== undefined || r.text === null) {
      issues.push({ path: rowPath, reason: problem ?? 'row is not valid UTF-8 text' });
      return;
    }
    const label = r.fields[labelAt]!.trim();
    if (label === '') {
      issues.push({ path: rowPath, reason: `empty label (line ${r.line})` });
      return;
    }
    const sample: Sample = {
      path: rowPath,
      sha256: createHash('sha256').update(r.text, 'utf8').digest('hex'),
      size: Buffer.byteLength(r.text, 'utf8'),
      label,
    };
    const split = splitAt >= 0 ? r.fields[splitAt]!.trim() : '';
    if (split) sample.split = split;
    const slices =
      slicesAt >= 0
        ? r.fields[slicesAt]!.split(';')
            .map((s) => s.trim())
            .filter(Boolean)
        : [];
    if (slices.length) sample.slices = slices;
    samples.push(sample);
  });
  return { samples, issues };
}
