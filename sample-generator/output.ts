/**
 * Writes the generator's files and remembers each one's size and sha-256. Regenerating into a
 * folder removes only the files a previous run listed in its `sample-assets.json`, so anything
 * else living there (the project file phase 2 builds, a README) is left alone.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SampleAssets, SampleFile } from './types.js';

export const ASSETS_FILE = 'sample-assets.json';

export class OutputWriter {
  readonly files: SampleFile[] = [];
  private readonly dirs = new Set<string>();
  private pending: Promise<void>[] = [];

  constructor(private readonly outDir: string) {}

  /** Removes the files listed by a previous run (if any). */
  async clearPrevious(): Promise<void> {
    let previous: SampleAssets;
    try {
      previous = JSON.parse(await readFile(path.join(this.outDir, ASSETS_FILE), 'utf8')) as SampleAssets;
    } catch {
      return;
    }
    for (const f of previous.files ?? []) {
      if (typeof f.path !== 'string' || f.path.includes('..') || path.isAbsolute(f.path)) continue;
      await rm(path.join(this.outDir, f.path), { force: true });
    }
  }

  /** Queues a write (relative POSIX path); `flush` waits for the queue. */
  async write(rel: string, data: Uint8Array | string): Promise<void> {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    this.files.push({
      path: rel,
      bytes: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    const abs = path.join(this.outDir, ...rel.split('/'));
    const dir = path.dirname(abs);
    if (!this.dirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.dirs.add(dir);
    }
    this.pending.push(writeFile(abs, bytes));
    // Small files: a bounded number in flight keeps file handles and memory flat.
    if (this.pending.length >= 64) await this.flush();
  }

  async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    await Promise.all(batch);
  }

  sortedFiles(): SampleFile[] {
    return [...this.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}
