import { useState } from 'react';
import type { Requirement } from '../../../../shared/schema';
import type { CatalogEntry } from '../../../../shared/contract/board-methods';
import { BASE_METRICS, MANUAL_METRIC } from '../../../../shared/metric-keys';
import type { ScopeDraft } from '../ScopeFields';

export interface RequirementDraft {
  title: string;
  metric: string;
  op: '>=' | '<=';
  target: number;
  unit: string;
  priority: 'must' | 'should' | 'could';
  rationale: string;
  owner: string;
  scope: ScopeDraft;
  servingTarget: string | null;
  source: { who: string; qa?: string };
}

/** What the form's inputs hold, as typed (the target stays text until it is checked). */
export interface RequirementFields {
  title: string;
  metric: string;
  op: '>=' | '<=';
  target: string;
  unit: string;
  priority: RequirementDraft['priority'];
  rationale: string;
  owner: string;
  scope: ScopeDraft;
  servingTarget: string;
  who: string;
  qa: string;
  reason: string;
}

/** Until the project's catalog arrives, the design's base keys (the same list the core checks). */
const METRIC_KEYS = [...BASE_METRICS.keys(), MANUAL_METRIC];

/** Fields whose change the core keeps in the history, with the reason asked for here. */
const TRACKED = ['target', 'op', 'priority', 'metric'] as const;

const fieldsOf = (initial: Requirement | undefined): RequirementFields => ({
  title: initial?.title ?? '',
  metric: initial?.metric ?? '',
  op: initial?.op ?? '>=',
  target: initial ? String(initial.target) : '',
  unit: initial?.unit ?? '',
  priority: initial?.priority ?? 'must',
  rationale: initial?.rationale ?? '',
  owner: initial?.owner ?? '',
  scope: initial?.scope ?? {},
  servingTarget: initial?.servingTarget ?? '',
  who: initial?.source.who ?? '',
  qa: initial?.source.qa ?? '',
  reason: '',
});

/**
 * The requirement form's state: its fields, what an edit moves (and so needs a reason for),
 * the metric picker's keys, and the draft the form submits — or the message key of what is
 * wrong with it.
 */
export function useRequirementFields(initial: Requirement | undefined, catalog: CatalogEntry[] | null) {
  const [f, setFields] = useState<RequirementFields>(() => fieldsOf(initial));
  const set = <K extends keyof RequirementFields>(key: K, value: RequirementFields[K]) =>
    setFields((prev) => ({ ...prev, [key]: value }));

  const targetNumber = Number(f.target);
  const now = {
    target: f.target.trim() === '' ? NaN : targetNumber,
    op: f.op,
    priority: f.priority,
    metric: f.metric.trim(),
  };
  const moved = initial ? TRACKED.filter((k) => String(initial[k]) !== String(now[k])) : [];
  const keys = catalog?.map((c) => c.key) ?? METRIC_KEYS;
  const entry = catalog?.find((c) => c.key === f.metric.trim());
  const speedish = entry ? entry.kind === 'speed' : /latency|qps/.test(f.metric);
  // Judged by a person, not measured: no operator, target or unit to set.
  const isManual = f.metric.trim() === MANUAL_METRIC;

  const pickMetric = (key: string) => {
    // A new requirement takes the metric's usual direction and unit; an edit keeps what was chosen.
    const e = catalog?.find((c) => c.key === key);
    setFields((prev) => (!initial && e ? { ...prev, metric: key, op: e.op, unit: e.unit } : { ...prev, metric: key }));
  };

  /** The draft to submit, or the i18n key of the first thing wrong with the fields. */
  const check = (): { draft: RequirementDraft } | { error: string } => {
    if (!f.metric.trim()) return { error: 'requirements.metricRequired' };
    if (!isManual && (f.target.trim() === '' || !Number.isFinite(targetNumber)))
      return { error: 'requirements.targetInvalid' };
    if (moved.length > 0 && !f.reason.trim()) return { error: 'requirements.reasonRequired' };
    return {
      draft: {
        title: f.title,
        metric: f.metric.trim(),
        op: isManual ? '>=' : f.op,
        target: isManual ? 1 : targetNumber,
        unit: isManual ? '' : f.unit,
        priority: f.priority,
        rationale: f.rationale,
        owner: f.owner,
        scope: f.scope,
        servingTarget: f.servingTarget || null,
        source: { who: f.who, ...(f.qa ? { qa: f.qa } : {}) },
      },
    };
  };

  return { fields: f, set, moved, keys, speedish, isManual, pickMetric, check };
}

export type RequirementFieldsState = ReturnType<typeof useRequirementFields>;
