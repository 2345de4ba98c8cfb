/**
 * A small RFC 4180 CSV reader that keeps each record's raw bytes.
 *
 * Records are split at the byte level (quotes, commas and newlines are ASCII, and UTF-8
 * continuation bytes never look like ASCII), then each record is decoded on its own: a file
 * with one bad byte costs one row, not the whole dataset.
 */
import { createReadStream } from 'node:fs';

export interface CsvRecord {
  /** 1-based line number where the record starts (for messages). */
  line: number;
  /** The record's text without its line ending, or null when it is not valid UTF-8. */
  text: string | null;
  /** Parsed fields (empty when `text` is null). */
  fields: string[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Splits one record's text into fields, honouring quotes and doubled quotes; null while a
 * quote is still open (the record goes on past this line). The one CSV field splitter.
 */
export function parseCsvRecord(text: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
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

/** A record's fields; an unterminated quote at the end of the file closes there. */
export function splitCsvFields(text: string): string[] {
  return parseCsvRecord(text) ?? parseCsvRecord(`${text}"`) ?? [];
}

/**
 * Splits CSV bytes into records as they arrive, so a file can be read whole (dataset scans
 * hash every row) or streamed (evaluations never hold a large table). Both paths go through
 * this one splitter, so they agree on every record, line number and bad byte.
 */
export class CsvSplitter {
  private carry: Uint8Array = new Uint8Array(0);
  private line = 1;
  private recordLine = 1;
  private quoted = false;
  private first = true;

  /** Records completed by `chunk`. */
  push(chunk: Uint8Array): CsvRecord[] {
    let bytes = chunk;
    if (this.carry.length > 0) {
      bytes = new Uint8Array(this.carry.length + chunk.length);
      bytes.set(this.carry);
      bytes.set(chunk, this.carry.length);
    }
    const scanFrom = this.carry.length;
    let start = 0;
    if (this.first && bytes.length >= 3) {
      this.first = false;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
    }
    const out: CsvRecord[] = [];
    for (let i = Math.max(start, scanFrom); i < bytes.length; i++) {
      const b = bytes[i];
      if (b === 0x22) this.quoted = !this.quoted;
      else if (b === 0x0a) {
        this.line++;
        if (!this.quoted) {
          this.flush(bytes, start, i, out);
          start = i + 1;
          this.recordLine = this.line;
        }
      }
    }
    this.carry = bytes.slice(start);
    return out;
  }

  /** The last record (a file need not end with a line break). */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    this.flush(this.carry, 0, this.carry.length, out);
    this.carry = new Uint8Array(0);
    return out;
  }

  private flush(bytes: Uint8Array, start: number, end: number, out: CsvRecord[]): void {
    let stop = end;
    if (stop > start && bytes[stop - 1] === 0x0d) stop--;
    if (stop <= start) return;
    let text: string | null;
    try {
      text = decoder.decode(bytes.subarray(start, stop));
    } catch {
      text = null;
    }
    if (text !== null && text.trim() === '') return;
    out.push({ line: this.recordLine, text, fields: text === null ? [] : splitCsvFields(text) });
  }
}

/** Every non-blank record of a CSV file, header included, in file order. */
export function readCsvRecords(bytes: Uint8Array): CsvRecord[] {
  const splitter = new CsvSplitter();
  return [...splitter.push(bytes), ...splitter.end()];
}

/** The same records as readCsvRecords, streamed from a file in chunks. */
export async function* streamCsvRecords(file: string): AsyncGenerator<CsvRecord> {
  const splitter = new CsvSplitter();
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>)
    yield* splitter.push(chunk);
  yield* splitter.end();
}

/**
 * Why a data row cannot be used, the same words for `dataset add` and `eval`: bytes that are
 * not UTF-8, or a field count other than the header's. Undefined when the row is fine.
 */
export function csvRowProblem(r: CsvRecord, headerLength: number): string | undefined {
  if (r.text === null) return `row is not valid UTF-8 text (line ${r.line})`;
  if (r.fields.length !== headerLength)
    return `row has ${r.fields.length} fields, the header has ${headerLength} (line ${r.line})`;
  return undefined;
}
