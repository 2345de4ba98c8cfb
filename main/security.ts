/**
 * Everything that keeps the page contained, in one module, so a reviewer can see every rule at once: the CSP,
 * the sender check for IPC, and the rules for navigation, new windows and permissions.
 * Pure functions here; main/index.ts attaches them to Electron's events.
 */
import { CSP } from './core/host/http-host.js';

/** The same policy the browser host sends; no remote origins at all. */
export const CONTENT_SECURITY_POLICY = CSP;

/** The app's own pages: the custom protocol in production, the dev server in development. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === 'app:' && u.host === 'gapboard') return true;
    if (devServerUrl) {
      const dev = new URL(devServerUrl);
      return u.origin === dev.origin;
    }
    return false;
  } catch {
    return false;
  }
}

/** IPC from anything but our own top frame (an iframe, a navigated-away page) is refused. */
export function isTrustedSender(
  frame: { url: string; parent: unknown } | null | undefined,
  devServerUrl?: string,
): boolean {
  return Boolean(frame && frame.parent === null && isAppUrl(frame.url, devServerUrl));
}

/** Responses get the CSP header even when served by the custom protocol. */
export function withCsp(headers: Record<string, string | string[]>): Record<string, string | string[]> {
  return { ...headers, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}
