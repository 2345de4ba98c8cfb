/**
 * A small RFC 4180 CSV reader that keeps each record's raw bytes.
 *
 * Records are split at the byte level (quotes, commas and newlines are ASCII, and UTF-8
 * continuation bytes never look like ASCII), then each record is decoded on its own: a file
 * with one bad byte costs one row, not the whole dataset.
 */

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

/** Every non-blank record of a CSV file, header included, in file order. */
export function readCsvRecords(bytes: Uint8Array): CsvRecord[] {
  const out: CsvRecord[] = [];
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  const flush = (end: number): void => {
    let stop = end;
    if (stop > start && bytes[stop - 1] === 0x0d) stop--;
    if (stop > start) {
      let text: string | null;
      try {
        text = decoder.decode(bytes.subarray(start, stop));
      } catch {
        text = null;
      }
      out.push({ line: recordLine, text, fields: text === null ? [] : splitCsvFields(text) });
    }
  };
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x22) quoted = !quoted;
    else if (b === 0x0a) {
      line++;
      if (!quoted) {
        flush(i);
        start = i + 1;
        recordLine = line;
      }
    }
  }
  flush(bytes.length);
  return out;
}
