/**
 * Writing a tar archive entry by entry, straight to disk: a file's bytes are copied in chunks
 * (a store file can be hundreds of megabytes, a dataset folder a million files), hashed on the
 * way so the archive's checksum list costs no second read.
 */
import { createHash } from 'node:crypto';
import { promises as fs, type Stats } from 'node:fs';
import { GapboardError } from '../project/errors.js';
import { BLOCK, entryHeader, padding } from './tar-format.js';

const CHUNK = 1024 * 1024;

export interface TarWriter {
  /** Copies the file at `abs` in as `name`; returns the sha-256 and size of its bytes. */
  addFile(name: string, abs: string): Promise<{ sha256: string; size: number }>;
  /** Adds bytes held in memory as `name`; returns their sha-256. */
  addBytes(name: string, bytes: Buffer, mtime?: number): Promise<string>;
  /** Writes the end-of-archive blocks and closes the file. */
  finish(): Promise<void>;
  /** Closes the file without finishing it (the caller removes it). */
  abort(): Promise<void>;
}

export async function createTarWriter(file: string): Promise<TarWriter> {
  // 'wx': never replace a file that appeared since the caller checked.
  const out = await fs.open(file, 'wx');
  let closed = false;
  const write = async (buf: Buffer): Promise<void> => {
    let at = 0;
    while (at < buf.length) at += (await out.write(buf, at, buf.length - at)).bytesWritten;
  };
  const mtimeOf = (stat: Stats) => Math.floor(stat.mtimeMs / 1000);

  return {
    async addFile(name, abs) {
      const src = await fs.open(abs, 'r');
      try {
        const stat = await src.stat();
        await write(entryHeader(name, stat.size, 'file', mtimeOf(stat)));
        const hash = createHash('sha256');
        const buf = Buffer.alloc(Math.min(CHUNK, Math.max(stat.size, 1)));
        let copied = 0;
        while (copied < stat.size) {
          const { bytesRead } = await src.read(buf, 0, Math.min(buf.length, stat.size - copied), copied);
          if (bytesRead === 0) break;
          const chunk = buf.subarray(0, bytesRead);
          hash.update(chunk);
          await write(chunk);
          copied += bytesRead;
        }
        const grew = (await src.read(Buffer.alloc(1), 0, 1, stat.size)).bytesRead > 0;
        if (copied !== stat.size || grew) {
          throw new GapboardError(
            'IO',
            `${name} changed while it was being packed; pack again when nothing writes it.`,
          );
        }
        await write(padding(stat.size));
        return { sha256: hash.digest('hex'), size: stat.size };
      } finally {
        await src.close();
      }
    },
    async addBytes(name, bytes, mtime = Math.floor(Date.now() / 1000)) {
      await write(entryHeader(name, bytes.length, 'file', mtime));
      await write(bytes);
      await write(padding(bytes.length));
      return createHash('sha256').update(bytes).digest('hex');
    },
    async finish() {
      await write(Buffer.alloc(2 * BLOCK));
      await out.sync();
      closed = true;
      await out.close();
    },
    async abort() {
      if (closed) return;
      closed = true;
      await out.close();
    },
  };
}
