import { useTranslation } from 'react-i18next';
import type { RequirementFieldsState } from './use-requirement-fields';

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
          <label>
            {t('requirements.target')}
            <input
              data-testid="req-target"
              inputMode="decimal"
              value={fields.target}
              onChange={(e) => set('target', e.target.value)}
            />
          </label>
          <label>
            {t('requirements.unit')}
            <input data-testid="req-unit" value={fields.unit} onChange={(e) => set('unit', e.target.value)} />
          </label>
        </>
      )}
    </>
  );
}
