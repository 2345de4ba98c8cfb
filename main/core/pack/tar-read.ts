/**
 * Reading a tar archive entry by entry with positional reads, so an archive of any size is
 * read in fixed memory. Each header is checked (checksum, magic, size) and every problem is
 * a BAD_ARCHIVE error naming the archive and the byte offset, since a damaged archive should
 * say where it is damaged. Links and special files are reported as such; the caller decides.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { GapboardError } from '../project/errors.js';
import { BLOCK, TYPE, headerChecksum, parsePax, readOctal, readString } from './tar-format.js';

const CHUNK = 1024 * 1024;
/** Pax and GNU long-name data larger than this is not a name: the archive is not ours. */
const MAX_META = 64 * 1024;

export type TarEntryKind = 'file' | 'dir' | 'link' | 'special';

export interface TarEntry {
  name: string;
  kind: TarEntryKind;
  size: number;
  /** For links: where they point. */
  linkTarget: string;
}

export interface TarEntryData {
  /** Writes the entry's bytes to a new file at `dest`; returns their sha-256. */
  copyTo(dest: string): Promise<string>;
  /** The entry's bytes in memory (small entries only: the checksum list, the project file). */
  bytes(limit: number): Promise<Buffer>;
}

function damaged(archive: string, offset: number, what: string): GapboardError {
  return new GapboardError(
    'BAD_ARCHIVE',
    `${path.basename(archive)} is not a readable tar archive: ${what} at byte ${offset}.`,
  );
}

async function readExactly(h: FileHandle, buf: Buffer, position: number, archive: string): Promise<void> {
  let got = 0;
  while (got < buf.length) {
    const { bytesRead } = await h.read(buf, got, buf.length - got, position + got);
    if (bytesRead === 0) throw damaged(archive, position + got, 'it ends in the middle of an entry (truncated)');
    got += bytesRead;
  }
}

function kindOf(type: string): TarEntryKind {
  if (type === TYPE.file || type === TYPE.oldFile || type === '7') return 'file';
  if (type === TYPE.dir) return 'dir';
  if (type === TYPE.hardLink || type === TYPE.symlink) return 'link';
  return 'special';
}

/**
 * Calls `visit` for every entry in order. Pax and GNU long-name headers are applied to the
 * entry they precede and never visited themselves.
 */
export async function readTar(
  archive: string,
  visit: (entry: TarEntry, data: TarEntryData) => Promise<void>,
): Promise<void> {
  const h = await fs.open(archive, 'r');
  try {
    const total = (await h.stat()).size;
    const block = Buffer.alloc(BLOCK);
    let at = 0;
    let pending: Map<string, string> = new Map();
    for (;;) {
      if (at + BLOCK > total) throw damaged(archive, at, 'it ends without the end-of-archive blocks (truncated)');
      await readExactly(h, block, at, archive);
      if (block.every((b) => b === 0)) return;
      const stored = readOctal(block, 148, 8);
      if (stored !== headerChecksum(block)) throw damaged(archive, at, 'a header whose checksum does not match');
      if (readString(block, 257, 6).slice(0, 5) !== 'ustar') throw damaged(archive, at, 'a header that is not ustar');
      const type = String.fromCharCode(block[156]!);
      let size = readOctal(block, 124, 12);
      if (pending.has('size')) size = Number(pending.get('size'));
      if (!Number.isSafeInteger(size) || size < 0) throw damaged(archive, at, 'an entry with an unreadable size');
      const dataAt = at + BLOCK;
      const next = dataAt + Math.ceil(size / BLOCK) * BLOCK;
      if (next > total) throw damaged(archive, at, 'an entry longer than the rest of the archive (truncated)');
      at = next;

      if (type === TYPE.paxNext || type === TYPE.paxGlobal || type === TYPE.gnuLongName) {
        if (size > MAX_META) throw damaged(archive, dataAt - BLOCK, 'an oversized extended header');
        const meta = Buffer.alloc(size);
        await readExactly(h, meta, dataAt, archive);
        if (type === TYPE.gnuLongName) pending.set('path', readString(meta, 0, meta.length));
        else if (type === TYPE.paxNext) {
          const pax = parsePax(meta);
          if (!pax) throw damaged(archive, dataAt - BLOCK, 'a malformed extended header');
          for (const [k, v] of pax) pending.set(k, v);
        }
        continue;
      }
      const prefix = readString(block, 345, 155);
      const short = readString(block, 0, 100);
      const name = pending.get('path') ?? (prefix ? `${prefix}/${short}` : short);
      const linkTarget = pending.get('linkpath') ?? readString(block, 157, 100);
      pending = new Map();
      let consumed = false;
      const once = () => {
        if (consumed) throw new Error(`tar entry ${name} read twice`);
        consumed = true;
      };
      const data: TarEntryData = {
        async copyTo(dest) {
          once();
          const out = await fs.open(dest, 'wx');
          try {
            const hash = createHash('sha256');
            const buf = Buffer.alloc(Math.min(CHUNK, Math.max(size, 1)));
            for (let done = 0; done < size;) {
              const part = buf.subarray(0, Math.min(buf.length, size - done));
              await readExactly(h, part, dataAt + done, archive);
              hash.update(part);
              for (let w = 0; w < part.length;) w += (await out.write(part, w, part.length - w)).bytesWritten;
              done += part.length;
            }
            await out.sync();
            return hash.digest('hex');
          } finally {
            await out.close();
          }
        },
        async bytes(limit) {
          once();
          if (size > limit) throw damaged(archive, dataAt - BLOCK, `${name} is larger than expected (${size} bytes)`);
          const buf = Buffer.alloc(size);
          await readExactly(h, buf, dataAt, archive);
          return buf;
        },
      };
      await visit({ name, kind: kindOf(type), size, linkTarget }, data);
    }
  } finally {
    await h.close();
  }
}
