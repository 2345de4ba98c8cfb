/**
 * The API contract: every method the UI can call, declared once (name, zod argument schema,
 * result type). The Electron bridge, the IPC binding, the HTTP host and the renderer client
 * are all derived from `METHODS`; nothing else keeps a list of channel names.
 */
import type { z } from 'zod';
import { boardMethods } from './contract/board-methods.js';
import { presentMethods } from './contract/present-methods.js';
import { optimizationMethods } from './contract/optimization-methods.js';
import { templateMethods } from './contract/template-methods.js';
import { manualMethods } from './contract/manual-methods.js';
import { mergeMethods } from './contract/merge-methods.js';
import { compareMethods } from './contract/compare-methods.js';
import { datasetMethods } from './contract/dataset-methods.js';
import { jobMethods } from './contract/job-methods.js';
import { projectMethods } from './contract/project-methods.js';
import { runMethods } from './contract/run-methods.js';

export * from './contract/define.js';
export { requirementFields } from './contract/project-methods.js';
export type { GalleryItem, RunComparison } from './contract/run-methods.js';
export type { MergeConflict, MergeReport } from './contract/merge-methods.js';

/** Every method, composed from one file per area (each area owns its file). */
export const METHODS = {
  ...projectMethods,
  ...jobMethods,
  ...runMethods,
  ...datasetMethods,
  ...boardMethods,
  ...presentMethods,
  ...optimizationMethods,
  ...templateMethods,
  ...manualMethods,
  ...mergeMethods,
  ...compareMethods,
} as const;

export type Methods = typeof METHODS;
export type MethodName = keyof Methods;
/** What a caller passes (before defaults) and what a handler receives (validated). */
export type MethodArgs<K extends MethodName> = z.input<Methods[K]['args']>;
export type HandlerArgs<K extends MethodName> = z.output<Methods[K]['args']>;
export type MethodResult<K extends MethodName> = Methods[K]['result'];

export * from './contract/events.js';
export { METHOD_NAMES } from './contract/names.js';
export * from './api-client.js';
