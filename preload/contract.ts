/**
 * The API contract: every method the UI can call, declared once (name, zod argument schema,
 * result type). The Electron bridge, the IPC binding, the HTTP host and the renderer client
 * are all derived from `METHODS`; nothing else keeps a list of channel names.
 */
import { z } from 'zod';
import type { ProjectDocument } from '../main/core/project/schema.js';

/**
 * Declares a method: `method<Result>()(argsSchema, summary)`. Curried so the argument type is
 * inferred from the schema while the result type is stated.
 */
function method<R>() {
  return <A extends z.ZodType>(args: A, summary: string) => ({ args, summary, result: undefined as unknown as R });
}

const noArgs = z.object({}).strict();
const pathArg = z.string().min(1, 'a file path is required');

export const requirementFields = z
  .object({
    title: z.string(),
    metric: z.string().min(1, 'a metric key is required'),
    op: z.enum(['>=', '<=']),
    target: z.number({ error: 'the target must be a number' }).finite(),
    unit: z.string(),
    priority: z.enum(['must', 'should', 'could']),
    rationale: z.string(),
    owner: z.string(),
  })
  .partial();

export interface Prefs {
  recentProjects: string[];
  language: 'en' | 'ko';
  theme: 'light' | 'dark' | 'system';
  threads: number;
}

export interface ProjectView {
  path: string;
  /** The document without the bulky per-sample parts (manifests, predictions). */
  doc: ProjectDocument;
  dirty: boolean;
  readOnly: boolean;
  readOnlyReason: string | null;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  migratedFrom: number | null;
}

export interface AppInfo {
  version: string;
  host: 'electron' | 'browser';
  platform: string;
  /** Whether native file dialogs exist (Electron) or paths are typed (browser host). */
  nativeDialogs: boolean;
}

export const METHODS = {
  'app.info': method<AppInfo>()(noArgs, 'What host serves the UI.'),
  'prefs.get': method<Prefs>()(noArgs, 'App preferences (never in the project file).'),
  'prefs.set': method<Prefs>()(
    z
      .object({
        language: z.enum(['en', 'ko']),
        theme: z.enum(['light', 'dark', 'system']),
        threads: z.number().int().min(0).max(256),
      })
      .partial()
      .strict(),
    'Change preferences.',
  ),
  'project.current': method<ProjectView | null>()(noArgs, 'The open project, if any.'),
  'project.create': method<ProjectView>()(
    z.object({ path: pathArg, name: z.string().min(1, 'a project name is required') }).strict(),
    'Create a project file and open it.',
  ),
  'project.open': method<ProjectView>()(
    z.object({ path: pathArg }).strict(),
    'Open a project file.',
  ),
  'project.openSample': method<ProjectView>()(noArgs, 'Open a fresh copy of the sample project.'),
  'project.save': method<ProjectView>()(
    z.object({ force: z.boolean().optional() }).strict(),
    'Save; refuses to overwrite changes made on disk unless forced.',
  ),
  'project.reload': method<ProjectView>()(noArgs, 'Re-read the file, dropping unsaved changes.'),
  'project.close': method<null>()(
    z.object({ discard: z.boolean().optional() }).strict(),
    'Close the project; refuses with unsaved changes unless discard.',
  ),
  'project.undo': method<ProjectView>()(noArgs, 'Undo the last change.'),
  'project.redo': method<ProjectView>()(noArgs, 'Redo the last undone change.'),
  'project.update': method<ProjectView>()(
    z.object({ name: z.string().min(1).optional(), description: z.string().optional() }).strict(),
    'Edit the project name and service description.',
  ),
  'requirements.add': method<{ id: string; project: ProjectView }>()(
    requirementFields.strict(),
    'Add a requirement; returns its new id.',
  ),
  'requirements.update': method<ProjectView>()(
    z.object({ id: z.string().min(1), fields: requirementFields.strict(), reason: z.string().optional() }).strict(),
    'Edit a requirement; target/operator changes are kept in its history.',
  ),
  'requirements.remove': method<ProjectView>()(
    z.object({ id: z.string().min(1) }).strict(),
    'Delete a requirement (undoable).',
  ),
  'host.pickPath': method<{ path: string | null }>()(
    z.object({ kind: z.enum(['open', 'save']), defaultName: z.string().optional() }).strict(),
    'Native file dialog (Electron only).',
  ),
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
  'job.progress': { job: string; kind: string; done: number; total: number; rate: number; etaSeconds: number | null };
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
