/**
 * The browser host's transport: the same `invoke`/`on` as the Electron preload, over fetch
 * and Server-Sent Events. The per-launch token comes in the URL fragment (never sent to a
 * server, never in logs) and is kept for the tab's session.
 */
import { EVENT_CHANNEL, httpRoute, type ApiResult, type GapboardTransport } from '../../../shared/api-client';

const TOKEN_KEY = 'gapboard.token';

export function readToken(): string {
  const match = /token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function createHttpTransport(token: string): GapboardTransport {
  type Listener = (payload: unknown) => void;
  const listeners = new Map<string, Set<Listener>>();
  let source: EventSource | null = null;
  const connect = () => {
    if (source) return;
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    source.addEventListener(EVENT_CHANNEL, (e) => {
      const { event, payload } = JSON.parse((e as MessageEvent<string>).data) as { event: string; payload: unknown };
      listeners.get(event)?.forEach((l) => l(payload));
    });
  };
  return {
    async invoke(name, args) {
      let res: Response;
      try {
        res = await fetch(httpRoute(name), {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(args ?? {}),
        });
      } catch (err) {
        return {
          ok: false,
          error: { code: 'OFFLINE', message: `The Gapboard host is not reachable (${String(err)}).` },
        };
      }
      if (res.status === 401) {
        return {
          ok: false,
          error: {
            code: 'UNAUTHORIZED',
            message: 'This page has no valid access token: open the URL Gapboard printed.',
          },
        };
      }
      return (await res.json()) as ApiResult<unknown>;
    },
    on(event, listener) {
      connect();
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}
