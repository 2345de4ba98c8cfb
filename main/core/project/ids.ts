/** Stable ids: a per-kind counter in the document, never reused after a delete. */
import type { Draft } from 'immer';
import type { ProjectDocument } from '../../../shared/schema.js';

const PREFIX = {
  requirement: 'R',
  servingTarget: 'ST',
  model: 'M',
  run: 'RUN',
  iteration: 'IT',
  qa: 'Q',
  batch: 'LB',
} as const;

export type IdKind = keyof typeof PREFIX;

export function nextId(draft: Draft<ProjectDocument>, kind: IdKind): string {
  draft.counters[kind] += 1;
  return `${PREFIX[kind]}-${draft.counters[kind]}`;
}

/** Accepts `12`, `#12` or `RUN-12` for a run (and the same for other kinds). */
export function normalizeId(kind: IdKind, input: string): string {
  const trimmed = input.trim().replace(/^#/, '');
  return /^\d+$/.test(trimmed) ? `${PREFIX[kind]}-${trimmed}` : trimmed.toUpperCase();
}
