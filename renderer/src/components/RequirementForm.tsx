import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Requirement } from '../../../main/core/project/schema';
import { METRIC_KEYS } from '../metric-keys';

export interface RequirementDraft {
  title: string;
  metric: string;
  op: '>=' | '<=';
  target: number;
  unit: string;
  priority: 'must' | 'should' | 'could';
  rationale: string;
  owner: string;
}

/** Add or edit one requirement; a target/operator change asks for the reason it moves. */
export function RequirementForm({
  initial,
  onSubmit,
  onCancel,
}: {
  initial?: Requirement;
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
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const targetNumber = Number(target);
  const moved = initial && (initial.op !== op || String(initial.target) !== target.trim());

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!metric.trim()) return setError(t('requirements.metricRequired'));
    if (target.trim() === '' || !Number.isFinite(targetNumber)) return setError(t('requirements.targetInvalid'));
    setError(null);
    onSubmit({ title, metric: metric.trim(), op, target: targetNumber, unit, priority, rationale, owner }, reason);
  };

  return (
    <form className="card req-form" onSubmit={submit} data-testid="requirement-form">
      <h2>{initial ? t('requirements.editTitle', { id: initial.id }) : t('requirements.newTitle')}</h2>
      <div className="form-grid">
        <label className="wide">
          {t('requirements.name')}
          <input data-testid="req-title" value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
        </label>
        <label>
          {t('requirements.metric')}
          <input data-testid="req-metric" list="metric-keys" value={metric} onChange={(e) => setMetric(e.target.value)} />
          <datalist id="metric-keys">
            {METRIC_KEYS.map((k) => (
              <option key={k} value={k} />
            ))}
          </datalist>
        </label>
        <label>
          {t('requirements.op')}
          <select data-testid="req-op" value={op} onChange={(e) => setOp(e.target.value as '>=' | '<=')}>
            <option value=">=">≥</option>
            <option value="<=">≤</option>
          </select>
        </label>
        <label>
          {t('requirements.target')}
          <input data-testid="req-target" inputMode="decimal" value={target} onChange={(e) => setTarget(e.target.value)} />
        </label>
        <label>
          {t('requirements.unit')}
          <input data-testid="req-unit" value={unit} onChange={(e) => setUnit(e.target.value)} />
        </label>
        <label>
          {t('requirements.priority')}
          <select
            data-testid="req-priority"
            value={priority}
            onChange={(e) => setPriority(e.target.value as RequirementDraft['priority'])}
          >
            {(['must', 'should', 'could'] as const).map((p) => (
              <option key={p} value={p}>
                {t(`priority.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('requirements.owner')}
          <input data-testid="req-owner" value={owner} onChange={(e) => setOwner(e.target.value)} />
        </label>
        <label className="wide">
          {t('requirements.rationale')}
          <textarea data-testid="req-rationale" rows={2} value={rationale} onChange={(e) => setRationale(e.target.value)} />
        </label>
        {moved && (
          <label className="wide">
            {t('requirements.reason')}
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
      <div className="row">
        <button className="primary" data-testid="req-save">
          {t('requirements.saveRequirement')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
