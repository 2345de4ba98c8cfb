/**
 * Maps every contract method onto the core in one line each. TypeScript checks that the map is
 * complete and each result has the contract's type; `dispatch` validates arguments first.
 */
import { METHODS, type ApiResult, type HandlerArgs, type MethodName, type MethodResult } from '../../../preload/contract.js';
import type { GapboardCore } from '../app/create-core.js';
import { addRequirement, removeRequirement, updateRequirement } from '../app/requirements-service.js';
import { describeIssues } from '../project/document.js';
import { GapboardError, toErrorPayload } from '../project/errors.js';

export type Handlers = {
  [K in MethodName]: (args: HandlerArgs<K>) => Promise<MethodResult<K>> | MethodResult<K>;
};

export function createHandlers(core: GapboardCore): Handlers {
  const edit = (fn: () => void) => {
    fn();
    return core.changed();
  };
  return {
    'app.info': () => ({
      version: core.deps.version ?? '0.0.0',
      host: core.deps.host,
      platform: process.platform,
      nativeDialogs: Boolean(core.deps.pickPath),
    }),
    'prefs.get': () => core.prefs.get(),
    'prefs.set': (patch) => core.prefs.set(patch),
    'project.current': () => core.view(),
    'project.create': ({ path, name }) => core.create(path, name),
    'project.open': ({ path }) => core.open(path),
    'project.openSample': () => core.openSample(),
    'project.save': async ({ force }) => {
      await core.requireSession().save({ force });
      return core.changed();
    },
    'project.reload': async () => {
      await core.requireSession().reload();
      return core.changed();
    },
    'project.close': ({ discard }) => core.close(discard),
    'project.undo': () => edit(() => core.requireSession().undo()),
    'project.redo': () => edit(() => core.requireSession().redo()),
    'project.update': (fields) =>
      edit(() =>
        core.requireSession().mutate('Edit project', (d) => {
          if (fields.name !== undefined) d.project.name = fields.name;
          if (fields.description !== undefined) d.project.description = fields.description;
        }),
      ),
    'requirements.add': (fields) => {
      const id = addRequirement(core.requireSession(), fields);
      return { id, project: core.changed() };
    },
    'requirements.update': ({ id, fields, reason }) =>
      edit(() => updateRequirement(core.requireSession(), id, fields, reason)),
    'requirements.remove': ({ id }) => edit(() => removeRequirement(core.requireSession(), id)),
    'host.pickPath': async ({ kind, defaultName }) => {
      if (!core.deps.pickPath) throw new GapboardError('UNSUPPORTED', 'File dialogs exist only in the desktop app.');
      return { path: await core.deps.pickPath(kind, defaultName) };
    },
  };
}

export type Dispatch = (name: string, rawArgs: unknown) => Promise<ApiResult<unknown>>;

/** The one entry all transports use: unknown method → error, bad args → error naming the field. */
export function createDispatch(handlers: Handlers): Dispatch {
  return async (name, rawArgs) => {
    try {
      if (!Object.hasOwn(METHODS, name)) throw new GapboardError('BAD_ARGUMENT', `Unknown API method "${name}".`);
      const key = name as MethodName;
      const parsed = METHODS[key].args.safeParse(rawArgs ?? {});
      if (!parsed.success) {
        throw new GapboardError('BAD_ARGUMENT', `${name}: ${describeIssues(parsed.error)}`);
      }
      const handler = handlers[key] as (args: unknown) => unknown;
      return { ok: true, value: (await handler(parsed.data)) ?? null };
    } catch (err) {
      return { ok: false, error: toErrorPayload(err) };
    }
  };
}
