/**
 * The closed word lists of the domain (priorities, operators, serving modes, statuses…), as
 * plain constants: the document schema and the API contract validate against them, and the
 * UI offers them in its pickers, without the page loading any schema library.
 */

export const PRIORITIES = ['must', 'should', 'could'] as const;
export const OPERATORS = ['>=', '<='] as const;
export const SERVING_MODES = ['mobile', 'local', 'cloud'] as const;
export const ROLES = ['data', 'modeling', 'tooling', 'optimization', 'serving', 'planning'] as const;
/** A question between planning, modeling and vendors moves through these. */
export const QA_STATUSES = ['open', 'answered', 'closed'] as const;
/** The requirement fields whose changes are kept in its history. */
export const TRACKED_REQUIREMENT_FIELDS = ['target', 'op', 'priority', 'metric'] as const;
export const GAP_STATUSES = ['met', 'unmet', 'untested'] as const;
export const ITERATION_STATUSES = ['open', 'closed'] as const;
export const RUN_STATUSES = ['running', 'done', 'failed', 'cancelled'] as const;
export const DATASET_LAYOUTS = ['imagefolder', 'csv', 'jsonl'] as const;
export const INPUT_KINDS = ['image', 'tabular'] as const;
export const COLORS = ['grayscale', 'rgb'] as const;
export const TENSOR_LAYOUTS = ['NCHW', 'NHWC'] as const;
export const LANGUAGES = ['en', 'ko'] as const;
export const THEMES = ['light', 'dark', 'system'] as const;

export type Priority = (typeof PRIORITIES)[number];
export type Operator = (typeof OPERATORS)[number];
export type ServingMode = (typeof SERVING_MODES)[number];
export type QaStatus = (typeof QA_STATUSES)[number];
/** How a model variant was made from its parent. */
export const VARIANT_KINDS = ['quantized', 'pruned', 'opset', 'other'] as const;
