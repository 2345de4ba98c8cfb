/** The textual form of a requirement's scope: `DATASET[@vN][:split][:slice]`. */
import { GapboardError } from '../project/errors.js';
import type { Requirement } from '../../../shared/schema.js';

export type Scope = Requirement['scope'];

const SCOPE_RE = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:@v?(\d+))?(?::([^:]*))?(?::([^:]*))?$/;

/**
 * Parses `digits@v3:test:rotated` (split and slice optional; `digits@v3::rotated` gives a
 * slice without a split; `digits` alone means any version).
 */
export function parseScope(text: string): Scope {
  const m = SCOPE_RE.exec(text.trim());
  if (!m) {
    throw new GapboardError(
      'BAD_ARGUMENT',
      `A scope looks like DATASET@vN[:split][:slice] (e.g. digits@v3:test:rotated), got "${text}".`,
    );
  }
  const scope: Scope = { dataset: m[1]! };
  if (m[2] !== undefined) {
    const version = Number(m[2]);
    if (version < 1) throw new GapboardError('BAD_ARGUMENT', `Dataset versions start at v1, got "${text}".`);
    scope.version = version;
  }
  if (m[3]) scope.split = m[3];
  if (m[4]) scope.slice = m[4];
  return scope;
}

/** The inverse of parseScope; '' for the empty scope (any data). */
export function formatScope(scope: Scope): string {
  let out = scope.dataset ?? '';
  if (scope.version !== undefined) out += `${out ? '' : '*'}@v${scope.version}`;
  if (scope.split || scope.slice) out += `:${scope.split ?? ''}`;
  if (scope.slice) out += `:${scope.slice}`;
  return out;
}
