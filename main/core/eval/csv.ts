/**
 * A small RFC 4180 reader: quoted fields, doubled quotes, quoted line breaks, CRLF.
 * Streams records from a file so a large table is never held whole in memory.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** Splits complete CSV text-lines into fields; returns null while a quote is still open. */
export function parseCsvRecord(text: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  if (quoted) return null;
  fields.push(field);
  return fields;
}

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
