import type { HandlerArgs, MethodName, MethodResult } from '../../../../shared/contract.js';

/** Handlers for a subset of methods: `AreaHandlers<typeof datasetMethods>`. */
export type HandlersFor<K extends MethodName> = {
  [M in K]: (args: HandlerArgs<M>) => Promise<MethodResult<M>> | MethodResult<M>;
};
export type AreaHandlers<T> = HandlersFor<Extract<keyof T, MethodName>>;
