/**
 * Maps every contract method onto the core: one handler file per area, composed here.
 * TypeScript checks that the map is complete; `dispatch` validates arguments first.
 */
import { METHODS, type ApiResult, type MethodName } from '../../../shared/contract.js';
import type { GapboardCore } from '../app/create-core.js';
import { describeIssues } from '../project/document.js';
import { GapboardError, toErrorPayload } from '../project/errors.js';
import { boardHandlers } from './handlers/board-handlers.js';
import { compareHandlers } from './handlers/compare-handlers.js';
import { datasetHandlers } from './handlers/dataset-handlers.js';
import { jobHandlers } from './handlers/job-handlers.js';
import { manualHandlers } from './handlers/manual-handlers.js';
import { mergeHandlers } from './handlers/merge-handlers.js';
import { templateHandlers } from './handlers/template-handlers.js';
import { optimizationHandlers } from './handlers/optimization-handlers.js';
import { projectHandlers } from './handlers/project-handlers.js';
import { runHandlers } from './handlers/run-handlers.js';
import { presentHandlers } from './handlers/present-handlers.js';
import type { HandlersFor } from './handlers/types.js';

export type Handlers = HandlersFor<MethodName>;

export function createHandlers(core: GapboardCore): Handlers {
  return {
    ...projectHandlers(core),
    ...jobHandlers(core),
    ...datasetHandlers(core),
    ...boardHandlers(core),
    ...runHandlers(core),
    ...compareHandlers(core),
    ...mergeHandlers(core),
    ...manualHandlers(core),
    ...templateHandlers(core),
    ...optimizationHandlers(core),
    ...presentHandlers(core),
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
