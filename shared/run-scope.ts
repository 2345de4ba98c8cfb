/**
 * Which data a run must be on for a requirement to score it, as a pure rule the evaluate form
 * can apply before a run starts (the board applies the same rule after).
 */
import type { ProjectDocument, Requirement } from './schema.js';
import { metricKind } from './metric-keys.js';

export interface RunDataRef {
  name: string;
  version: number;
  split?: string;
}

/** True when a run on `ref` is inside the requirement's scope (dataset, version, split). */
export function scopeAdmits(scope: Requirement['scope'], ref: RunDataRef): boolean {
  if (scope.dataset !== undefined && scope.dataset !== ref.name) return false;
  if (scope.version !== undefined && scope.version !== ref.version) return false;
  if (scope.split !== undefined && scope.split !== ref.split) return false;
  return true;
}

/** Must requirements a run measures (quality, speed, size — not data counts). */
export function runMustRequirements(doc: Pick<ProjectDocument, 'requirements'>): Requirement[] {
  return doc.requirements.filter((r) => r.priority === 'must' && metricKind(r.metric) !== 'data');
}

/**
 * The data the must requirements are scoped to, for the evaluate form's defaults: the dataset,
 * version and split named by most of them (ties: the first named). Undefined parts are unscoped.
 */
export function mustScope(doc: Pick<ProjectDocument, 'requirements'>): Partial<RunDataRef> | null {
  const counts = new Map<string, { ref: Partial<RunDataRef>; n: number }>();
  for (const r of runMustRequirements(doc)) {
    const { dataset, version, split } = r.scope;
    if (dataset === undefined) continue;
    const key = JSON.stringify([dataset, version ?? null, split ?? null]);
    const entry = counts.get(key) ?? {
      ref: { name: dataset, ...(version !== undefined ? { version } : {}), ...(split !== undefined ? { split } : {}) },
      n: 0,
    };
    entry.n++;
    counts.set(key, entry);
  }
  let best: { ref: Partial<RunDataRef>; n: number } | null = null;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  return best?.ref ?? null;
}
