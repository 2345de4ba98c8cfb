import './RequirementForm.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITIES } from '../../../shared/vocabulary';
import { EnumSelect } from './EnumSelect';
import type { ProjectDocument, Requirement } from '../../../shared/schema';
import type { CatalogEntry } from '../../../shared/contract/board-methods';
import { BASE_METRICS, MANUAL_METRIC } from '../../../shared/metric-keys';

/** Until the project's catalog arrives, the design's base keys (the same list the core checks). */
const METRIC_KEYS = [...BASE_METRICS.keys(), MANUAL_METRIC];
import { ScopeFields, type ScopeDraft } from './ScopeFields';
import { FormActions } from './FormActions';

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

/** Fields whose change the core keeps in the history, with the reason asked for here. */
const TRACKED = ['target', 'op', 'priority', 'metric'] as const;

/** Add or edit one requirement; a change of what it asks for needs the reason it moves. */
export function RequirementForm({
  initial,
  doc,
  catalog,
  onSubmit,
  onCancel,
}: {
  initial?: Requirement | undefined;
  doc: ProjectDocument;
  catalog: CatalogEntry[] | null;
  onSubmit: (draft: RequirementDraft, reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [metric, setMetric] = useState(initial?.metric ?? '');
  const [op, setOp] = useState<'>=' | '<='>(initial?.op ?? '>=');
  const [target, setTarget] = useState(initial ? String(initial.target) : '');
  const [unit, setUnit] = useState(initial?.unit ?? '');
  const [priority, setPriority] = useState<RequirementDraft['priority']>(initial?.priority ?? 'must');
  const [rationale, setRationale] = useState(initial?.rationale ?? '');
  const [owner, setOwner] = useState(initial?.owner ?? '');
  const [scope, setScope] = useState<ScopeDraft>(initial?.scope ?? {});
  const [servingTarget, setServingTarget] = useState(initial?.servingTarget ?? '');
  const [who, setWho] = useState(initial?.source.who ?? '');
  const [qa, setQa] = useState(initial?.source.qa ?? '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const targetNumber = Number(target);
  const now = { target: target.trim() === '' ? NaN : targetNumber, op, priority, metric: metric.trim() };
  const moved = initial ? TRACKED.filter((f) => String(initial[f]) !== String(now[f])) : [];
  const keys = catalog?.map((c) => c.key) ?? METRIC_KEYS;
  const entry = catalog?.find((c) => c.key === metric.trim());
  const speedish = entry ? entry.kind === 'speed' : /latency|qps/.test(metric);
  // Judged by a person, not measured: no operator, target or unit to set.
  const isManual = metric.trim() === MANUAL_METRIC;

  const pickMetric = (key: string) => {
    setMetric(key);
    // A new requirement takes the metric's usual direction and unit; an edit keeps what was chosen.
    const e = catalog?.find((c) => c.key === key);
    if (!initial && e) {
      setOp(e.op);
      setUnit(e.unit);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!metric.trim()) return setError(t('requirements.metricRequired'));
    if (!isManual && (target.trim() === '' || !Number.isFinite(targetNumber)))
      return setError(t('requirements.targetInvalid'));
    if (moved.length > 0 && !reason.trim()) return setError(t('requirements.reasonRequired'));
    setError(null);
    const source = { who, ...(qa ? { qa } : {}) };
    onSubmit(
      {
        title,
        metric: metric.trim(),
        op: isManual ? '>=' : op,
        target: isManual ? 1 : targetNumber,
        unit: isManual ? '' : unit,
        priority,
        rationale,
        owner,
        scope,
        servingTarget: servingTarget || null,
        source,
      },
      reason.trim(),
    );
  };

  return (
    <form className="card req-form" onSubmit={submit} data-testid="requirement-form">
      <h2>{initial ? t('requirements.editTitle', { id: initial.id }) : t('requirements.newTitle')}</h2>
      <div className="form-grid">
        <label className="wide">
          {t('requirements.name')}
          <input data-testid="req-title" value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
        </label>
        <label className="span2">
          {t('requirements.metric')}
          <input
            data-testid="req-metric"
            list="metric-keys"
            value={metric}
            onChange={(e) => pickMetric(e.target.value)}
          />
          <datalist id="metric-keys" data-testid="metric-catalog">
            {keys.map((k) => (
              <option key={k} value={k} />
            ))}
          </datalist>
        </label>
        {isManual ? (
          <p className="muted small span3" data-testid="req-manual-hint">
            {t('manual.metricHint')}
          </p>
        ) : (
          <>
            <label>
              {t('requirements.op')}
              <select data-testid="req-op" value={op} onChange={(e) => setOp(e.target.value as '>=' | '<=')}>
                <option value=">=">≥</option>
                <option value="<=">≤</option>
              </select>
            </label>
            <label>
              {t('requirements.target')}
              <input
                data-testid="req-target"
                inputMode="decimal"
                value={target}
                onChange={(e) => setTarget(e.target.value)}
              />
            </label>
            <label>
              {t('requirements.unit')}
              <input data-testid="req-unit" value={unit} onChange={(e) => setUnit(e.target.value)} />
            </label>
          </>
        )}
        <EnumSelect
          label={t('requirements.priority')}
          testId="req-priority"
          value={priority}
          options={PRIORITIES}
          labelOf={(p) => t(`priority.${p}`)}
          onChange={setPriority}
        />
        <label>
          {t('requirements.owner')}
          <input data-testid="req-owner" value={owner} onChange={(e) => setOwner(e.target.value)} />
        </label>
        <label>
          {t('requirements.servingTarget')}
          <select data-testid="req-serving" value={servingTarget} onChange={(e) => setServingTarget(e.target.value)}>
            <option value="">{speedish ? t('requirements.servingNone') : '—'}</option>
            {doc.servingTargets.map((s) => (
              <option key={s.id} value={s.id}>
                {s.id} · {s.name} ({s.mode})
              </option>
            ))}
          </select>
        </label>
        <ScopeFields doc={doc} scope={scope} onChange={setScope} />
        <label>
          {t('requirements.sourceWho')}
          <input
            data-testid="req-source-who"
            value={who}
            placeholder={t('requirements.sourceWhoPlaceholder')}
            onChange={(e) => setWho(e.target.value)}
          />
        </label>
        <label className="span3">
          {t('requirements.sourceQa')}
          <select data-testid="req-source-qa" value={qa} onChange={(e) => setQa(e.target.value)}>
            <option value="">—</option>
            {doc.decisions.map((d) => (
              <option key={d.id} value={d.id}>
                {d.id} · {d.question.slice(0, 80)}
              </option>
            ))}
          </select>
        </label>
        <label className="wide">
          {t('requirements.rationale')}
          <textarea
            data-testid="req-rationale"
            rows={2}
            value={rationale}
            onChange={(e) => setRationale(e.target.value)}
          />
        </label>
        {moved.length > 0 && (
          <label className="wide reason">
            {t('requirements.reasonFor', {
              fields: moved.map((f) => t(`requirements.${f === 'op' ? 'op' : f}`)).join(', '),
            })}
            <input
              data-testid="req-reason"
              value={reason}
              placeholder={t('requirements.reasonPlaceholder')}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
        )}
      </div>
      {error && (
        <p className="field-error" role="alert" data-testid="req-error">
          {error}
        </p>
      )}
      <FormActions primary={{ label: t('requirements.saveRequirement'), testId: 'req-save' }} onCancel={onCancel} />
    </form>
  );
}
