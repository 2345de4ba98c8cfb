/**
 * Exports handed to the browser as downloads. A web page cannot be given a file the host
 * wrote, so the browser host serves it once more at `/downloads`, as an attachment — but only
 * the files exports wrote during this launch (a signed URL opens exactly one of those, never
 * an arbitrary path).
 */
import { createReadStream, promises as fs } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { HttpRefusal } from './request-guards.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** The API methods that write an export, whose result names the file written. */
export const EXPORT_METHODS: readonly string[] = ['report.export', 'report.document'];

export class DownloadRegistry {
  private readonly written = new Set<string>();

  /** Remembers a file an export wrote (from that method's result). */
  noteResult(method: string, result: unknown): void {
    if (!EXPORT_METHODS.includes(method)) return;
    const value = (result as { ok?: boolean; value?: { path?: unknown } }).value;
    if ((result as { ok?: boolean }).ok && typeof value?.path === 'string') this.written.add(path.resolve(value.path));
  }

  has(file: string): boolean {
    return this.written.has(path.resolve(file));
  }
}

/** `Content-Disposition` naming the file, readable in any language (RFC 6266 / 5987). */
export function attachmentHeader(file: string): string {
  const name = path.basename(file);
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export async function serveDownload(res: http.ServerResponse, file: string): Promise<void> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) throw new HttpRefusal(404, 'NOT_FOUND', 'That export is no longer on disk; export it again.');
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': stat.size,
    'content-disposition': attachmentHeader(file),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(res);
}
