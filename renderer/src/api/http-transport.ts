/**
 * The browser host's transport: the same `invoke`/`on` as the Electron preload, over fetch
 * and Server-Sent Events. The per-launch token comes in the URL fragment (never sent to a
 * server, never in logs) and is kept for the tab's session.
 */
import { EVENT_CHANNEL, httpRoute, type ApiResult, type GapboardTransport } from '../../../shared/api-client';

export const TOKEN_KEY = 'gapboard.token';

export function readToken(): string {
  const match = /token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/**
 * Reads the host's event stream with fetch, so the token travels in a header like every other
 * API call (EventSource cannot send headers). Reconnects after a pause when the stream ends.
 */
function streamEvents(token: string, deliver: (event: string, payload: unknown) => void): void {
  const frameData = (frame: string) =>
    frame
      .split('\n')
      .filter((line) => line.startsWith('data: '))
      .map((line) => line.slice('data: '.length))
      .join('\n');
  const run = async () => {
    const res = await fetch('/api/events', { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok || !res.body) throw new Error(`events: HTTP ${res.status}`);
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (!frame.split('\n').includes(`event: ${EVENT_CHANNEL}`)) continue;
        const { event, payload } = JSON.parse(frameData(frame)) as { event: string; payload: unknown };
        deliver(event, payload);
      }
    }
  };
  const loop = () => {
    run()
      .catch(() => undefined)
      .finally(() => setTimeout(loop, 1000));
  };
  loop();
}

export function createHttpTransport(token: string): GapboardTransport {
  type Listener = (payload: unknown) => void;
  const listeners = new Map<string, Set<Listener>>();
  let connected = false;
  const connect = () => {
    if (connected) return;
    connected = true;
    streamEvents(token, (event, payload) => listeners.get(event)?.forEach((l) => l(payload)));
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
