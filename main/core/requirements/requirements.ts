/**
 * Requirement CRUD on a session. Changes to what a requirement asks for (target, operator,
 * priority, metric) are kept in its history with date and reason — targets move between
 * iterations, and the history screen must be able to say when and why.
 */
import { GapboardError } from '../project/errors.js';
import { nextId, normalizeId } from '../project/ids.js';
import {
  MANUAL_METRIC,
  OPERATORS,
  PRIORITIES,
  type Operator,
  type Priority,
  type ProjectDocument,
  type Requirement,
} from '../../../shared/schema.js';
import type { ProjectSession } from '../project/session.js';
import { isKnownMetricKey } from '../scoring/catalog.js';
import { metricDefaults } from '../../../shared/metric-keys.js';
import type { Scope } from './scope.js';

export interface RequirementInput {
  metric: string;
  target: number;
  /** Default: the metric's usual direction (≤ for latency, size, error rates; ≥ otherwise). */
  op?: Operator;
  title?: string;
  unit?: string;
  priority?: Priority;
  scope?: Scope;
  servingTarget?: string;
  owner?: string;
  rationale?: string;
  source?: { who: string; qa?: string };
}

export type RequirementPatch = Partial<Omit<RequirementInput, 'servingTarget'>> & { servingTarget?: string | null };

/** Fields whose changes go into the history (the schema's requirementChange.field). */
const TRACKED = ['target', 'op', 'priority', 'metric'] as const;

/** What a requirement turned manual starts with: judged met or not, nothing to measure. */
function manualDefaults(): Pick<Requirement, 'op' | 'target' | 'unit' | 'manual'> {
  return { op: '>=', target: 1, unit: '', manual: { evidence: [], judgments: [] } };
}

/** Looks a requirement up by `7`, `R-7` or `r-7`. */
export function findRequirement(doc: ProjectDocument, id: string): Requirement {
  const norm = normalizeId('requirement', id);
  const req = doc.requirements.find((r) => r.id === norm);
  if (!req) throw new GapboardError('NOT_FOUND', `There is no requirement ${norm} in this project.`);
  return req;
}

function check(doc: ProjectDocument, input: RequirementPatch): void {
  if (input.metric !== undefined && !isKnownMetricKey(doc, input.metric)) {
    throw new GapboardError(
      'BAD_ARGUMENT',
      `"${input.metric}" is not a metric key Gapboard knows (e.g. accuracy, recall[7], slice[rotated].accuracy, latency_p95_ms, data.min_class_count).`,
    );
  }
  if (input.target !== undefined && !Number.isFinite(input.target)) {
    throw new GapboardError('BAD_ARGUMENT', `A target must be a finite number, got ${input.target}.`);
  }
  if (input.op !== undefined && !OPERATORS.includes(input.op)) {
    throw new GapboardError('BAD_ARGUMENT', `The operator must be >= or <=, got "${String(input.op)}".`);
  }
  if (input.priority !== undefined && !PRIORITIES.includes(input.priority)) {
    throw new GapboardError(
      'BAD_ARGUMENT',
      `The priority must be must, should or could, got "${String(input.priority)}".`,
    );
  }
  const st = input.servingTarget;
  if (st && !doc.servingTargets.some((s) => s.id === st)) {
    throw new GapboardError('NOT_FOUND', `There is no serving target ${st} in this project.`);
  }
}

/** Adds a requirement (op and unit default from the metric key) and returns it with its new id. */
export function addRequirement(session: ProjectSession, input: RequirementInput): Requirement {
  check(session.doc, input);
  const d = metricDefaults(input.metric);
  const id = session.mutate(`Add requirement`, (draft) => {
    const req: Requirement = {
      id: nextId(draft, 'requirement'),
      title: input.title ?? input.metric,
      metric: input.metric,
      op: input.op ?? d.op,
      target: input.target,
      unit: input.unit ?? d.unit,
      priority: input.priority ?? 'should',
      scope: { ...(input.scope ?? {}) },
      ...(input.servingTarget ? { servingTarget: input.servingTarget } : {}),
      owner: input.owner ?? '',
      rationale: input.rationale ?? '',
      source: input.source ? { ...input.source } : { who: '' },
      createdAt: session.nowIso(),
      history: [],
    };
    // No metric measures it: met means a person judged it met (value 1 against a target of 1).
    if (req.metric === MANUAL_METRIC) Object.assign(req, manualDefaults());
    draft.requirements.push(req);
    return req.id;
  });
  return findRequirement(session.doc, id);
}

/**
 * Edits a requirement. A change of target, operator, priority or metric needs a `reason` and is
 * appended to its history (`at`, `field`, `from`, `to`, `reason`); other fields change silently.
 */
export function updateRequirement(
  session: ProjectSession,
  id: string,
  patch: RequirementPatch,
  reason = '',
  at?: string,
): Requirement {
  const current = findRequirement(session.doc, id);
  check(session.doc, patch);
  const changes = TRACKED.filter((f) => patch[f] !== undefined && patch[f] !== current[f]);
  if (changes.length > 0 && reason.trim() === '') {
    throw new GapboardError(
      'BAD_ARGUMENT',
      `Changing the ${changes.join(', ')} of ${current.id} needs a reason (it is kept in the history).`,
    );
  }
  const when = at ?? session.nowIso();
  session.mutate(`Edit ${current.id}`, (draft) => {
    const req = draft.requirements.find((r) => r.id === current.id)!;
    for (const field of changes) {
      req.history.push({ at: when, field, from: current[field], to: patch[field]!, reason: reason.trim() });
    }
    if (patch.metric !== undefined) req.metric = patch.metric;
    if (patch.op !== undefined) req.op = patch.op;
    if (patch.target !== undefined) req.target = patch.target;
    if (patch.priority !== undefined) req.priority = patch.priority;
    if (patch.title !== undefined) req.title = patch.title;
    if (patch.unit !== undefined) req.unit = patch.unit;
    if (patch.scope !== undefined) req.scope = { ...patch.scope };
    if (patch.owner !== undefined) req.owner = patch.owner;
    if (patch.rationale !== undefined) req.rationale = patch.rationale;
    if (patch.source !== undefined) req.source = { ...patch.source };
    if (patch.servingTarget === null) delete req.servingTarget;
    else if (patch.servingTarget !== undefined) req.servingTarget = patch.servingTarget;
    if (req.metric === MANUAL_METRIC && !req.manual) Object.assign(req, manualDefaults());
  });
  return findRequirement(session.doc, current.id);
}

/**
 * Deletes a requirement. Its id is never reused, and closed scorecards keep their frozen rows
 * for it (history shows it as no longer current). Decisions stop linking to it.
 */
export function removeRequirement(session: ProjectSession, id: string): void {
  const req = findRequirement(session.doc, id);
  session.mutate(`Delete ${req.id}`, (draft) => {
    draft.requirements = draft.requirements.filter((r) => r.id !== req.id);
    for (const d of draft.decisions) d.requirements = d.requirements.filter((r) => r !== req.id);
  });
}
