/**
 * The browser host's checks on a request before anything is served: who may call (token,
 * origin, signed file URL), and how much of a body is read, for how long.
 */
import { timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import { FILE_URL_MAX_TTL_S, signFilePath } from '../../../shared/file-signature.js';

/** A refusal with its HTTP status; the message is safe to show (no paths, no stack). */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function sameSecret(given: string | null | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token from `Authorization: Bearer …`, the only place an API call may carry it. */
export function hasToken(req: http.IncomingMessage, token: string): boolean {
  const header = req.headers.authorization;
  return typeof header === 'string' && header.startsWith('Bearer ') && sameSecret(header.slice(7), token);
}

/**
 * A browser names the page that made a request in `Origin` (and `Sec-Fetch-Site`); a page on
 * any other site is refused even if it somehow has the token. Clients that are not browsers
 * send neither and are judged by the token alone.
 */
export function checkOrigin(req: http.IncomingMessage, ownOrigins: readonly string[]): void {
  const origin = req.headers.origin;
  if (origin !== undefined && !ownOrigins.includes(origin)) {
    throw new HttpRefusal(403, 'FORBIDDEN', 'Requests from other sites are not accepted.');
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    throw new HttpRefusal(403, 'FORBIDDEN', 'Requests from other sites are not accepted.');
  }
}

/** True when `exp`/`sig` sign exactly `relPath`, and the expiry is neither past nor too far. */
export function validFileSignature(
  token: string,
  relPath: string,
  exp: string | null,
  sig: string | null,
  nowMs: number,
  sign: (token: string, path: string, exp: number) => string = signFilePath,
): boolean {
  if (!exp || !sig || !/^\d{1,12}$/.test(exp)) return false;
  const expiry = Number(exp);
  const now = nowMs / 1000;
  if (expiry <= now || expiry > now + FILE_URL_MAX_TTL_S) return false;
  return sameSecret(sig, sign(token, relPath, expiry));
}

/**
 * Reads a request body of at most `limit` bytes within `deadlineMs`. Past either, the body is
 * drained (so the refusal reaches the client) and a 413 / 408 refusal is thrown.
 */
export function readBody(req: http.IncomingMessage, limit: number, deadlineMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    const tooLarge = () =>
      new HttpRefusal(413, 'TOO_LARGE', `The request body is larger than ${Math.round(limit / 1024)} KiB.`);
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (err: HttpRefusal | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) {
        // Keep reading and dropping what still comes, up to the deadline, then hang up.
        req.removeAllListeners('data');
        req.resume();
        setTimeout(() => req.destroy(), deadlineMs).unref();
        reject(err);
      } else {
        resolve(Buffer.concat(chunks, size));
      }
    };
    const timer = setTimeout(
      () => finish(new HttpRefusal(408, 'TIMEOUT', 'The request body did not arrive in time.')),
      deadlineMs,
    );
    if (declared > limit) {
      finish(tooLarge());
      return;
    }
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish(tooLarge());
      else chunks.push(chunk);
    });
    req.on('end', () => finish(null));
    req.on('error', () => finish(new HttpRefusal(400, 'BAD_ARGUMENT', 'The request body could not be read.')));
  });
}

/** True when the request announces a body (a file or page route takes none). */
export function announcesBody(req: http.IncomingMessage): boolean {
  return Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
}
