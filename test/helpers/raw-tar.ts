/**
 * Hand-made tar archives for the hostile-archive tests, written here from the ustar layout
 * (name at 0, mode 100, size 124, mtime 136, checksum 148, type 156, link 157, magic 257)
 * rather than with the app's own writer, so a bug there cannot hide one in the reader.
 */

export interface RawEntry {
  name: string;
  /** '0' file, '5' folder, '1' hard link, '2' symbolic link. */
  type?: string;
  data?: string | Buffer;
  link?: string;
}

function header(e: RawEntry, size: number): Buffer {
  const b = Buffer.alloc(512);
  const put = (at: number, len: number, text: string) => b.write(text, at, len, 'utf8');
  const octal = (at: number, len: number, n: number) => put(at, len, n.toString(8).padStart(len - 1, '0') + '\0');
  put(0, 100, e.name);
  octal(100, 8, 0o644);
  octal(108, 8, 0);
  octal(116, 8, 0);
  octal(124, 12, size);
  octal(136, 12, 1_700_000_000);
  put(156, 1, e.type ?? '0');
  put(157, 100, e.link ?? '');
  put(257, 6, 'ustar\0');
  put(263, 2, '00');
  b.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of b) sum += byte;
  put(148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  return b;
}

/** A complete archive of `entries` (with the two end blocks). */
export function rawTar(entries: RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const data = Buffer.from(e.data ?? '');
    parts.push(header(e, data.length), data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}
