/**
 * Writes the generator's files and remembers each one's size and sha-256. Regenerating into a
 * folder removes only the files a previous run listed in its `sample-assets.json`, so anything
 * else living there (the project file phase 2 builds, a README) is left alone.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SampleAssets, SampleFile } from './types.js';

export const ASSETS_FILE = 'sample-assets.json';

export class OutputWriter {
  readonly files: SampleFile[] = [];
  private readonly dirs = new Set<string>();
  private pending: Promise<void>[] = [];

  constructor(private readonly outDir: string) {}

  /**
   * Removes what a previous run wrote (if any): the files it listed and the images its
   * manifests name. Paths that would leave `outDir` are ignored.
   */
  async clearPrevious(): Promise<void> {
    let previous: SampleAssets;
    try {
      previous = JSON.parse(await readFile(path.join(this.outDir, ASSETS_FILE), 'utf8')) as SampleAssets;
    } catch {
      return;
    }
    const doomed = new Set<string>();
    const safe = (rel: unknown): rel is string =>
      typeof rel === 'string' && !rel.split('/').includes('..') && !path.isAbsolute(rel);
    const root = previous.dataset?.root;
    for (const v of previous.dataset?.versions ?? []) {
      if (!safe(root) || !safe(v.manifest)) continue;
      const text = await readFile(path.join(this.outDir, v.manifest), 'utf8').catch(() => '');
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        const file = (JSON.parse(line) as { file?: unknown }).file;
        if (safe(file)) doomed.add(`${root}/${file}`);
      }
    }
    for (const f of previous.files ?? []) if (safe(f.path)) doomed.add(f.path);
    for (const rel of doomed) await rm(path.join(this.outDir, rel), { force: true });
    // Folders left empty go too (deepest first); rmdir refuses non-empty ones, which stay.
    const dirs = new Set<string>();
    for (const rel of doomed) {
      for (let d = path.posix.dirname(rel); d !== '.'; d = path.posix.dirname(d)) dirs.add(d);
    }
    for (const d of [...dirs].sort((a, b) => b.length - a.length)) {
      await rmdir(path.join(this.outDir, d)).catch(() => undefined);
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
