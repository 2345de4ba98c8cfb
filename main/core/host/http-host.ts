/**
 * The browser host's transport: the same API as the Electron IPC binding, over HTTP on
 * 127.0.0.1 only. Every API call needs the per-launch token; the Host header must name the
 * loopback address (so a web page elsewhere cannot reach it through DNS rebinding).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { EVENT_CHANNEL } from '../../../shared/contract.js';
import type { Dispatch } from '../api/router.js';
import { serveStatic } from './static-files.js';

export interface HttpHostOptions {
  dispatch: Dispatch;
  /** The built renderer (index.html + assets); omitted → API only. */
  staticDir?: string;
  port?: number;
  token?: string;
  /** Resolves `/files/<relative path>` for images in galleries; null when no project is open. */
  filesRoot?: () => string | null;
}

export interface HttpHost {
  url: string;
  port: number;
  token: string;
  server: http.Server;
  broadcast: (event: string, payload: unknown) => void;
  close: () => Promise<void>;
}

const LOOPBACK = '127.0.0.1';
const MAX_BODY = 10 * 1024 * 1024;

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startHttpHost(opts: HttpHostOptions): Promise<HttpHost> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const streams = new Set<http.ServerResponse>();
  let port = 0;

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'INTERNAL', message: String(err) } });
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (host !== `${LOOPBACK}:${port}` && host !== `localhost:${port}`) {
      send(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: 'Wrong Host header.' } });
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    const bearer = req.headers.authorization?.replace(/^Bearer /, '') ?? url.searchParams.get('token');
    const authed = sameToken(bearer, token);

    if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/files/')) {
      if (!authed) {
        send(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: 'Missing or wrong token.' } });
        return;
      }
    }
    if (url.pathname === '/api/events' && req.method === 'GET') {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        send(res, 405, { ok: false, error: { code: 'BAD_ARGUMENT', message: 'Use POST.' } });
        return;
      }
      let args: unknown = {};
      try {
        const body = await readBody(req);
        args = body ? JSON.parse(body) : {};
      } catch (err) {
        send(res, 400, {
          ok: false,
          error: { code: 'BAD_ARGUMENT', message: `Bad request body: ${(err as Error).message}` },
        });
        return;
      }
      send(res, 200, await opts.dispatch(decodeURIComponent(url.pathname.slice('/api/'.length)), args));
      return;
    }
    if (url.pathname.startsWith('/files/')) {
      const root = opts.filesRoot?.();
      if (!root) {
        send(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'No project is open.' } });
        return;
      }
      await serveStatic(res, root, decodeURIComponent(url.pathname.slice('/files/'.length)), { fallback: false });
      return;
    }
    if (opts.staticDir && (req.method === 'GET' || req.method === 'HEAD')) {
      await serveStatic(res, opts.staticDir, url.pathname.slice(1) || 'index.html', { fallback: true, csp: CSP });
      return;
    }
    send(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'Not found.' } });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, LOOPBACK, () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${LOOPBACK}:${port}/#token=${token}`,
    port,
    token,
    server,
    broadcast(event, payload) {
      const frame = `event: ${EVENT_CHANNEL}\ndata: ${JSON.stringify({ event, payload })}\n\n`;
      for (const res of streams) res.write(frame);
    },
    async close() {
      for (const res of streams) res.end();
      streams.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
