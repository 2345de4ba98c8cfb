/**
 * Errors the core raises on purpose. `code` is stable (tests and the UI branch on it),
 * `message` is for people and names the problem (the file, the place in it, what was wrong).
 */
export type GapboardErrorCode =
  | 'BAD_ARGUMENT'
  | 'NOT_FOUND'
  | 'NOT_A_FILE'
  | 'TOO_LARGE'
  | 'EMPTY_FILE'
  | 'NOT_JSON'
  | 'NOT_UTF8'
  | 'NOT_GAPBOARD'
  | 'INVALID'
  | 'NEWER_SCHEMA'
  | 'READ_ONLY'
  | 'CONFLICT'
  | 'EXISTS'
  | 'NO_PROJECT'
  | 'IO'
  | 'BAD_MODEL'
  | 'BAD_DATA'
  | 'BAD_ARCHIVE'
  | 'CANCELLED'
  | 'EVAL_FAILED'
  | 'UNSUPPORTED'
  | 'STORE_MISSING'
  | 'STORE_ALTERED';

export class GapboardError extends Error {
  constructor(
    readonly code: GapboardErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'GapboardError';
  }
}

/** The shape an error takes when it crosses a process or network boundary. */
export interface ErrorPayload {
  code: GapboardErrorCode | 'INTERNAL';
  message: string;
}

export function toErrorPayload(err: unknown): ErrorPayload {
  if (err instanceof GapboardError) return { code: err.code, message: err.message };
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'INTERNAL', message };
}
