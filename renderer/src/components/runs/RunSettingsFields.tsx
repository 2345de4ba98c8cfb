import { useTranslation } from 'react-i18next';
import { selectPrefs } from '../../store/selectors';
import { useAppStore } from '../../store/StoreContext';
import type { SettingsInput } from './parse-overrides';
import { useRunQuery } from './useRunQuery';

/** Batch, threads and the speed pass, with the machine the figures will be measured on. */
export function RunSettingsFields({ value, onChange }: { value: SettingsInput; onChange: (v: SettingsInput) => void }) {
  const { t } = useTranslation();
  const prefs = useAppStore(selectPrefs);
  // Speed figures belong to the machine that measures them: say which one before it runs.
  const { data: here } = useRunQuery('environment', (api) => api.runs.environment({}));
  return (
    <fieldset className="runs-pre">
      <legend>{t('runs.evaluate.settings')}</legend>
      <div className="runs-pre-grid">
        <label>
          {t('runs.evaluate.batch')}
          <input
            data-testid="evaluate-batch"
            inputMode="numeric"
            value={value.batch}
            onChange={(e) => onChange({ ...value, batch: e.target.value })}
          />
        </label>
        <label>
          {t('runs.evaluate.threads')}
          <input
            data-testid="evaluate-threads"
            inputMode="numeric"
            value={value.threads}
            onChange={(e) => onChange({ ...value, threads: e.target.value })}
            placeholder={t('runs.evaluate.threadsDefault', { threads: prefs?.threads || t('runs.evaluate.auto') })}
          />
        </label>
        <label className="check runs-check">
          <input
            type="checkbox"
            data-testid="evaluate-bench"
            checked={value.bench}
            onChange={(e) => onChange({ ...value, bench: e.target.checked })}
          />
          {t('runs.evaluate.bench')}
        </label>
        <label>
          {t('runs.evaluate.bound')}
          <input
            data-testid="evaluate-bound"
            inputMode="decimal"
            disabled={!value.bench}
            value={value.latencyBoundMs}
            onChange={(e) => onChange({ ...value, latencyBoundMs: e.target.value })}
            placeholder={t('runs.evaluate.boundDefault')}
          />
        </label>
      </div>
      {here && (
        <p className="muted small" data-testid="evaluate-environment">
          {t('runs.evaluate.here', { cpu: here.cpu, cores: here.cores, runtime: here.runtime })}
        </p>
      )}
    </fieldset>
  );
}
