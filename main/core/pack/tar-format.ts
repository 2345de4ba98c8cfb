/**
 * The POSIX tar format (ustar headers, with pax extended headers for long or non-ASCII names
 * and large sizes), which `tar` on every desktop system reads. Only what a project archive
 * needs: regular files and folders. Headers are 512-byte blocks; file data is padded to a
 * whole block; two zero blocks end the archive.
 */

export const BLOCK = 512;

/** Typeflags: regular file (also written as NUL by old tools), folder, pax headers, GNU long name. */
export const TYPE = {
  file: '0',
  oldFile: '\0',
  dir: '5',
  paxNext: 'x',
  paxGlobal: 'g',
  gnuLongName: 'L',
  hardLink: '1',
  symlink: '2',
} as const;

/** The largest size an octal ustar size field holds (11 digits); bigger ones go in pax. */
const MAX_OCTAL_SIZE = 0o77777777777;

function writeString(block: Buffer, offset: number, length: number, value: string): void {
  block.write(value, offset, length, 'utf8');
}

function writeOctal(block: Buffer, offset: number, length: number, value: number): void {
  writeString(block, offset, length, value.toString(8).padStart(length - 1, '0') + '\0');
}

/** The header checksum: the byte sum of the block with its checksum field read as spaces. */
export function headerChecksum(block: Buffer): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i]!;
  return sum;
}

function ustarHeader(name: string, size: number, type: string, mode: number, mtime: number): Buffer {
  const block = Buffer.alloc(BLOCK);
  writeString(block, 0, 100, name);
  writeOctal(block, 100, 8, mode);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  writeOctal(block, 124, 12, size);
  writeOctal(block, 136, 12, mtime);
  writeString(block, 156, 1, type);
  writeString(block, 257, 6, 'ustar\0');
  writeString(block, 263, 2, '00');
  writeString(block, 148, 8, headerChecksum(block).toString(8).padStart(6, '0') + '\0 ');
  return block;
}

/** One pax record, `"<len> <key>=<value>\n"`, where len counts the whole record. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  const base = Buffer.byteLength(body);
  let len = base + 1;
  while (len !== base + String(len).length) len = base + String(len).length;
  return `${len}${body}`;
}

/** Zero bytes that pad `size` bytes of data to a whole block. */
export function padding(size: number): Buffer {
  const rest = size % BLOCK;
  return Buffer.alloc(rest === 0 ? 0 : BLOCK - rest);
}

/** ASCII only: a name anything else reads the same way in a plain ustar field. */
const PLAIN_NAME = /^[\x20-\x7e]{1,100}$/;

/**
 * The header blocks for one entry: a pax header first when the name is long or not ASCII, or
 * the size does not fit the octal field, then the ustar header.
 */
export function entryHeader(name: string, size: number, kind: 'file' | 'dir', mtime: number): Buffer {
  const type = kind === 'dir' ? TYPE.dir : TYPE.file;
  const mode = kind === 'dir' ? 0o755 : 0o644;
  const records: string[] = [];
  if (!PLAIN_NAME.test(name)) records.push(paxRecord('path', name));
  if (size > MAX_OCTAL_SIZE) records.push(paxRecord('size', String(size)));
  const plainName = PLAIN_NAME.test(name) ? name : 'PaxHeader';
  const ustar = ustarHeader(plainName, size > MAX_OCTAL_SIZE ? 0 : size, type, mode, mtime);
  if (records.length === 0) return ustar;
  const data = Buffer.from(records.join(''), 'utf8');
  const pax = ustarHeader('PaxHeader', data.length, TYPE.paxNext, 0o644, mtime);
  return Buffer.concat([pax, data, padding(data.length), ustar]);
}

/** Reads a NUL-terminated text field. */
export function readString(block: Buffer, offset: number, length: number): string {
  const field = block.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return field.subarray(0, end < 0 ? length : end).toString('utf8');
}

/** Reads an octal number field (spaces and NULs around it allowed); NaN when it is not one. */
export function readOctal(block: Buffer, offset: number, length: number): number {
  const text = readString(block, offset, length).trim();
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : text === '' ? 0 : NaN;
}

/** The key/value pairs of a pax header's data. */
export function parsePax(data: Buffer): Map<string, string> | null {
  const out = new Map<string, string>();
  let at = 0;
  while (at < data.length) {
    if (data[at] === 0) break;
    const space = data.indexOf(0x20, at);
    if (space < 0) return null;
    const len = Number(data.subarray(at, space).toString('ascii'));
    if (!Number.isInteger(len) || len <= 0 || at + len > data.length) return null;
    const record = data.subarray(space + 1, at + len - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq < 0) return null;
    out.set(record.slice(0, eq), record.slice(eq + 1));
    at += len;
  }
  return out;
}
