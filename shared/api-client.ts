/**
 * The client side of the contract: the typed API object over any transport, the derived
 * channel names and the error type. It loads no argument schema (and no zod), so the renderer
 * and the preload bundle only this and the plain list of method names.
 */
import type { MethodArgs, MethodName, MethodResult } from './contract.js';
import type { EventName, EventPayloads } from './contract/events.js';
import { METHOD_NAMES } from './contract/names.js';

export interface ApiErrorPayload {
  code: string;
  message: string;
}
/** Errors cross every boundary as data, since Electron passes only an Error's message. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };

type Split<K extends string> = K extends `${infer NS}.${infer M}` ? [NS, M] : never;
type Namespaces = Split<MethodName>[0];

/** The typed object the renderer uses: `api.project.open({ path })`. */
export type GapboardApi = {
  [NS in Namespaces]: {
    [K in MethodName as Split<K>[0] extends NS ? Split<K>[1] : never]: (
      args: MethodArgs<K>,
    ) => Promise<MethodResult<K>>;
  };
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
};

/** IPC channel and HTTP route of a method: derived, never written by hand. */
export const ipcChannel = (name: MethodName) => `api:${name}`;
export const httpRoute = (name: MethodName) => `/api/${name}`;
export const EVENT_CHANNEL = 'api:event';

/** What a host provides to the page: `window.gapboard` in Electron, fetch + SSE in a browser. */
export interface GapboardTransport {
  invoke(name: MethodName, args: unknown): Promise<ApiResult<unknown>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
  /** Where a file dropped on the window lives on disk; only the desktop app can tell. */
  pathForFile?(file: File): string;
}

/** An API failure in the renderer, keeping the core's error code. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Builds the typed, nested API object (`api.project.open(...)`) over any transport. */
export function buildApi(transport: GapboardTransport): GapboardApi {
  const api: Record<string, Record<string, (args?: unknown) => Promise<unknown>>> = {};
  for (const name of METHOD_NAMES) {
    const [ns, m] = name.split('.') as [string, string];
    (api[ns] ??= {})[m] = async (args?: unknown) => {
      const result = await transport.invoke(name, args ?? {});
      if (result.ok) return result.value;
      throw new ApiError(result.error.code, result.error.message);
    };
  }
  return Object.assign(api, {
    on: (event: EventName, listener: (payload: unknown) => void) => transport.on(event, listener),
  }) as unknown as GapboardApi;
}
