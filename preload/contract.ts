/**
 * The API contract: every method the UI can call, declared once (name, zod argument schema,
 * result type). The Electron bridge, the IPC binding, the HTTP host and the renderer client
 * are all derived from `METHODS`; nothing else keeps a list of channel names.
 */
import type { z } from 'zod';
import type { JobInfo, ProjectView } from './contract/define.js';
import { boardMethods } from './contract/board-methods.js';
import { datasetMethods } from './contract/dataset-methods.js';
import { jobMethods } from './contract/job-methods.js';
import { projectMethods } from './contract/project-methods.js';
import { runMethods } from './contract/run-methods.js';
import { presentMethods } from './contract/present-methods.js';

export * from './contract/define.js';
export { requirementFields } from './contract/project-methods.js';
export type { GalleryItem, RunComparison } from './contract/run-methods.js';

/** Every method, composed from one file per area (each area owns its file). */
export const METHODS = {
  ...projectMethods,
  ...jobMethods,
  ...runMethods,
  ...datasetMethods,
  ...boardMethods,
  ...presentMethods,
} as const;

export type Methods = typeof METHODS;
export type MethodName = keyof Methods;
/** What a caller passes (before defaults) and what a handler receives (validated). */
export type MethodArgs<K extends MethodName> = z.input<Methods[K]['args']>;
export type HandlerArgs<K extends MethodName> = z.output<Methods[K]['args']>;
export type MethodResult<K extends MethodName> = Methods[K]['result'];
export const METHOD_NAMES = Object.keys(METHODS) as MethodName[];

/** Events the core pushes to the UI. */
export interface EventPayloads {
  'project.changed': ProjectView | null;
  /** A job started, moved on, or ended (its status tells which). */
  'job.progress': JobInfo;
}
export type EventName = keyof EventPayloads;
export const EVENT_NAMES: EventName[] = ['project.changed', 'job.progress'];

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
