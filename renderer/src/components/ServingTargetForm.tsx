import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVING_MODES } from '../../../shared/vocabulary';
import { EnumSelect } from './EnumSelect';
import type { MethodArgs } from '../../../shared/contract';
import { FormActions } from './FormActions';

type Input = MethodArgs<'servingTargets.add'>;

/** A whole positive number, or null for "not stated"; NaN when the text is not one. */
function count(text: string): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : NaN;
}

/** Where the service must run: a name, the serving mode, the hardware and runtime settings. */
export function ServingTargetForm({ onSubmit, onCancel }: { onSubmit: (t: Input) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [mode, setMode] = useState<Input['mode']>('local');
  const [cpu, setCpu] = useState('');
  const [cores, setCores] = useState('');
  const [ram, setRam] = useState('');
  const [gpu, setGpu] = useState('');
  const [threads, setThreads] = useState('');
  const [provider, setProvider] = useState('cpu');
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const numbers = { cores: count(cores), ramGb: ram.trim() === '' ? null : Number(ram), threads: count(threads) };
    if (!name.trim()) return setError(t('overview.target.nameRequired'));
    if (Object.values(numbers).some((v) => v !== null && (!Number.isFinite(v) || v <= 0))) {
      return setError(t('overview.target.numbersInvalid'));
    }
    setError(null);
    onSubmit({
      name: name.trim(),
      mode,
      hardware: { cpu, cores: numbers.cores, ramGb: numbers.ramGb, gpu },
      runtime: { threads: numbers.threads, executionProvider: provider },
    });
  };

  const field = (label: string, testId: string, value: string, set: (v: string) => void, numeric = false) => (
    <label>
      {label}
      <input
        data-testid={testId}
        inputMode={numeric ? 'decimal' : undefined}
        value={value}
        onChange={(e) => set(e.target.value)}
      />
    </label>
  );

  return (
    <form className="card setup-form" onSubmit={submit} data-testid="serving-target-form">
      <div className="form-grid">
        {field(t('overview.target.name'), 'st-name', name, setName)}
        <EnumSelect
          label={t('overview.target.mode')}
          testId="st-mode"
          value={mode}
          options={SERVING_MODES}
          labelOf={(m) => t(`overview.mode.${m}`)}
          onChange={setMode}
        />
        {field(t('overview.target.cpu'), 'st-cpu', cpu, setCpu)}
        {field(t('overview.target.cores'), 'st-cores', cores, setCores, true)}
        {field(t('overview.target.ram'), 'st-ram', ram, setRam, true)}
        {field(t('overview.target.gpu'), 'st-gpu', gpu, setGpu)}
        {field(t('overview.target.threads'), 'st-threads', threads, setThreads, true)}
        {field(t('overview.target.provider'), 'st-provider', provider, setProvider)}
      </div>
      {error && (
        <p className="field-error" role="alert" data-testid="st-error">
          {error}
        </p>
      )}
      <FormActions primary={{ label: t('overview.target.save'), testId: 'st-save' }} onCancel={onCancel} />
    </form>
  );
}
