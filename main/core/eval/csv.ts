/**
 * Streams the records of a CSV file (quoted line breaks, CRLF) so a large table is never held
 * whole in memory; fields are split by the datasets module's RFC 4180 splitter.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseCsvRecord } from '../datasets/csv.js';

export { parseCsvRecord };

export interface CsvRecord {
  /** 1-based line number where the record starts (the header is line 1). */
  line: number;
  fields: string[];
}

/** Yields every record of a CSV file (header included), skipping blank lines. */
export async function* readCsvRecords(file: string): AsyncGenerator<CsvRecord> {
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let pending = '';
  let start = 0;
  let lineNo = 0;
  for await (const raw of rl) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (pending === '' && line.trim() === '') continue;
    if (pending === '') start = lineNo;
    const text = pending === '' ? line : `${pending}\n${line}`;
    const fields = parseCsvRecord(text);
    if (fields === null) {
      pending = text;
      continue;
    }
    pending = '';
    yield { line: start, fields };
  }
  if (pending !== '') yield { line: start, fields: parseCsvRecord(`${pending}"`) ?? [] };
}
