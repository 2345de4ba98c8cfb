/**
 * The browser host's transport: the same API as the Electron IPC binding, over HTTP on
 * 127.0.0.1 only. Every API call needs the per-launch token in its Authorization header and,
 * from a browser, this host's own Origin; the Host header must name the loopback address (so
 * a web page elsewhere cannot reach it through DNS rebinding). Files of the project open with
 * the token or a short-lived signature of their path; pages and files answer GET and HEAD only.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { EVENT_CHANNEL } from '../../../shared/contract.js';
import type { Dispatch } from '../api/router.js';
import { signDownloadPath } from '../../../shared/file-signature.js';
import { DownloadRegistry, serveDownload } from './downloads.js';
import { serveGuide } from './guide.js';
import { announcesBody, checkOrigin, hasToken, HttpRefusal, readBody, validFileSignature } from './request-guards.js';
import { serveStatic } from './static-files.js';

export interface HttpHostOptions {
  dispatch: Dispatch;
  /** The built renderer (index.html + assets); omitted → API only. */
  staticDir?: string;
  /** The folder of the user guide (`/guide/`); omitted → no guide. */
  docsDir?: string;
  port?: number;
  token?: string;
  /** Resolves `/files/<relative path>` for images in galleries; null when no project is open. */
  filesRoot?: () => string | null;
  /** How long a request body may take to arrive (tests shorten it). */
  bodyDeadlineMs?: number;
  /** Where unexpected failures are reported (never to the client). */
  log?: (message: string) => void;
}

export interface HttpHost {
  url: string;
  port: number;
  token: string;
  server: http.Server;
  /** The files exports wrote in this launch, which `/downloads` may serve. */
  downloads: DownloadRegistry;
  broadcast: (event: string, payload: unknown) => void;
  close: () => Promise<void>;
}

const LOOPBACK = '127.0.0.1';
/** API calls carry small JSON arguments; anything bigger is refused before it is parsed. */
const MAX_API_BODY = 1024 * 1024;
const BODY_DEADLINE_MS = 10_000;

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

function refuse(res: http.ServerResponse, err: HttpRefusal, headers: Record<string, string> = {}): void {
  send(res, err.status, { ok: false, error: { code: err.code, message: err.message } }, headers);
}

function onlyMethods(req: http.IncomingMessage, allowed: readonly string[]): void {
  if (!allowed.includes(req.method ?? '')) {
    throw new HttpRefusal(405, 'METHOD_NOT_ALLOWED', `Use ${allowed.join(' or ')}.`);
  }
}

export async function startHttpHost(opts: HttpHostOptions): Promise<HttpHost> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const bodyDeadlineMs = opts.bodyDeadlineMs ?? BODY_DEADLINE_MS;
  const streams = new Set<http.ServerResponse>();
  const downloads = new DownloadRegistry();
  let port = 0;

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (res.headersSent) {
        res.end();
        return;
      }
      if (err instanceof HttpRefusal) {
        refuse(res, err, err.status === 405 ? { allow: allowedFor(req) } : {});
        return;
      }
      // Details of an unexpected failure stay on this side: they can name files and code.
      opts.log?.(`request failed: ${(err as Error).stack ?? String(err)}`);
      send(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'The host could not answer this request.' } });
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  function allowedFor(req: http.IncomingMessage): string {
    const url = req.url ?? '';
    if (url === '/api/events' || url.startsWith('/api/events?')) return 'GET';
    return url.startsWith('/api/') ? 'POST' : 'GET, HEAD';
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    const own = [`http://${LOOPBACK}:${port}`, `http://localhost:${port}`];
    if (host !== `${LOOPBACK}:${port}` && host !== `localhost:${port}`) {
      throw new HttpRefusal(403, 'FORBIDDEN', 'Wrong Host header.');
    }
    let url: URL;
    let pathname: string;
    try {
      url = new URL(req.url ?? '/', `http://${host}`);
      pathname = decodeURIComponent(url.pathname);
    } catch {
      throw new HttpRefusal(400, 'BAD_ARGUMENT', 'Malformed request path.');
    }
    if (pathname.includes('\0')) throw new HttpRefusal(400, 'BAD_ARGUMENT', 'Malformed request path.');

    if (pathname.startsWith('/api/')) {
      checkOrigin(req, own);
      if (!hasToken(req, token)) throw new HttpRefusal(401, 'UNAUTHORIZED', 'Missing or wrong token.');
      if (pathname === '/api/events') {
        onlyMethods(req, ['GET']);
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
      onlyMethods(req, ['POST']);
      const body = await readBody(req, MAX_API_BODY, bodyDeadlineMs);
      let args: unknown = {};
      try {
        args = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch (err) {
        throw new HttpRefusal(400, 'BAD_ARGUMENT', `Bad request body: ${(err as Error).message}`);
      }
      const method = pathname.slice('/api/'.length);
      const result = await opts.dispatch(method, args);
      downloads.noteResult(method, result);
      send(res, 200, result);
      return;
    }

    onlyMethods(req, ['GET', 'HEAD']);
    if (announcesBody(req)) throw new HttpRefusal(413, 'TOO_LARGE', 'This route takes no request body.');
    if (pathname.startsWith('/files/')) {
      const rel = pathname.slice('/files/'.length);
      const signed = validFileSignature(
        token,
        rel,
        url.searchParams.get('exp'),
        url.searchParams.get('sig'),
        Date.now(),
      );
      if (!signed && !hasToken(req, token)) {
        throw new HttpRefusal(401, 'UNAUTHORIZED', 'Missing, wrong or expired file signature.');
      }
      const root = opts.filesRoot?.();
      if (!root) throw new HttpRefusal(404, 'NOT_FOUND', 'No project is open.');
      await serveStatic(res, root, rel, { fallback: false });
      return;
    }
    if (pathname === '/downloads') {
      // A download is a navigation, which cannot carry the token: the page signs the path.
      const file = url.searchParams.get('path') ?? '';
      const sig = url.searchParams.get('sig');
      if (!validFileSignature(token, file, url.searchParams.get('exp'), sig, Date.now(), signDownloadPath)) {
        throw new HttpRefusal(401, 'UNAUTHORIZED', 'Missing, wrong or expired download signature.');
      }
      if (!downloads.has(file))
        throw new HttpRefusal(404, 'NOT_FOUND', 'Only files exported in this session download.');
      await serveDownload(res, file);
      return;
    }
    if (opts.docsDir && (await serveGuide(res, url, pathname, opts.docsDir, CSP))) return;
    if (opts.staticDir) {
      await serveStatic(res, opts.staticDir, pathname.slice(1) || 'index.html', { fallback: true, csp: CSP });
      return;
    }
    throw new HttpRefusal(404, 'NOT_FOUND', 'Not found.');
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
    downloads,
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
