/** Serves files from one folder, refusing any path that resolves outside it. */
import { createReadStream, promises as fs } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** `root`-relative `rel` → absolute path, or null when it escapes `root` (`..`, absolute, NUL). */
export function resolveInside(root: string, rel: string): string | null {
  if (rel.includes('\0')) return null;
  const base = path.resolve(root);
  const full = path.resolve(base, rel);
  return full === base || full.startsWith(base + path.sep) ? full : null;
}

export async function serveStatic(
  res: http.ServerResponse,
  root: string,
  rel: string,
  opts: { fallback: boolean; csp?: string },
): Promise<void> {
  let file = resolveInside(root, rel);
  if (!file) {
    res.writeHead(403).end('Forbidden');
    return;
  }
  let stat = await fs.stat(file).catch(() => null);
  if ((!stat || !stat.isFile()) && opts.fallback && !path.extname(rel)) {
    // Client-side routes load the app shell.
    file = path.join(root, 'index.html');
    stat = await fs.stat(file).catch(() => null);
  }
  if (!stat || !stat.isFile()) {
    res.writeHead(404).end('Not found');
    return;
  }
  // A symlink inside the folder must not lead outside it either.
  const real = await fs.realpath(file);
  if (!resolveInside(await fs.realpath(root), path.relative(await fs.realpath(root), real))) {
    res.writeHead(403).end('Forbidden');
    return;
  }
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const headers: Record<string, string | number> = {
    'content-type': type,
    'content-length': stat.size,
    'x-content-type-options': 'nosniff',
    'cache-control': type.startsWith('text/html') ? 'no-store' : 'max-age=60',
  };
  if (opts.csp && type.startsWith('text/html')) headers['content-security-policy'] = opts.csp;
  res.writeHead(200, headers);
  createReadStream(file).pipe(res);
}
