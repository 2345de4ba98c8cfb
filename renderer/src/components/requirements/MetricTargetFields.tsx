import { useTranslation } from 'react-i18next';
import type { RequirementFieldsState } from './use-requirement-fields';
import { TextField } from '../TextField';

/** The metric picker, then the operator, target and unit — or, for a judged metric, a hint. */
export function MetricTargetFields({ state }: { state: RequirementFieldsState }) {
  const { t } = useTranslation();
  const { fields, set, keys, isManual, pickMetric } = state;
  return (
    <>
      <label className="span2">
        {t('requirements.metric')}
        <input
          data-testid="req-metric"
          list="metric-keys"
          value={fields.metric}
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
            <select data-testid="req-op" value={fields.op} onChange={(e) => set('op', e.target.value as '>=' | '<=')}>
              <option value=">=">≥</option>
              <option value="<=">≤</option>
            </select>
          </label>
          <TextField
            label={t('requirements.target')}
            testId="req-target"
            value={fields.target}
            onChange={(v) => set('target', v)}
            input={{ inputMode: 'decimal' }}
          />
          <TextField
            label={t('requirements.unit')}
            testId="req-unit"
            value={fields.unit}
            onChange={(v) => set('unit', v)}
          />
        </>
      )}
    </>
  );
}
