/**
 * Signed file URLs for the browser host. An <img> cannot send the access token as a header,
 * and a token in a URL leaks into history, logs and Referer; so a file URL carries instead an
 * HMAC of that one path and an expiry, keyed by the token. It opens that file only, and only
 * until it expires. The page (which holds the token) signs; the host checks.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';

/** Longest lifetime the host accepts for a signed file URL. */
export const FILE_URL_MAX_TTL_S = 15 * 60;
/** URLs are signed for buckets of this length, so one image keeps one URL (and its cache) for a while. */
const BUCKET_S = 5 * 60;

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The signature of `relPath` (project-relative, not URL-encoded) valid until `exp` (Unix seconds). */
export function signFilePath(token: string, relPath: string, exp: number): string {
  const encoder = new TextEncoder();
  return base64url(hmac(sha256, encoder.encode(token), encoder.encode(`files\n${exp}\n${relPath}`)));
}

/**
 * The signature of a download: a file an export wrote (absolute path, as the host returned
 * it). Signed under its own label, so a gallery image's signature never opens a download.
 */
export function signDownloadPath(token: string, absPath: string, exp: number): string {
  const encoder = new TextEncoder();
  return base64url(hmac(sha256, encoder.encode(token), encoder.encode(`download\n${exp}\n${absPath}`)));
}

/** The expiry a URL signed now gets: the end of the next bucket, 5–10 minutes ahead. */
export function fileUrlExpiry(nowMs: number): number {
  return (Math.floor(nowMs / 1000 / BUCKET_S) + 2) * BUCKET_S;
}
