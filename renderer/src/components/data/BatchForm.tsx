import './BatchForm.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelingBatch, Requirement } from '../../../../shared/schema';
import { formatMoney } from './money';
import { QaEditor, type QaEntry } from './QaEditor';
import { FormActions } from '../FormActions';

export type BatchDraft = Omit<LabelingBatch, 'id'>;

const NUMBERS = ['unitPrice', 'ordered', 'delivered', 'accepted'] as const;
type NumberField = (typeof NUMBERS)[number];

/** Add or edit a labeling batch; the line under the form prices it as you type. */
export function BatchForm({
  initial,
  requirements,
  onSubmit,
  onCancel,
}: {
  initial?: LabelingBatch | undefined;
  requirements: Requirement[];
  onSubmit: (draft: BatchDraft) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [vendor, setVendor] = useState(initial?.vendor ?? '');
  const [guideFile, setGuideFile] = useState(initial?.guide.file ?? '');
  const [guideVersion, setGuideVersion] = useState(initial?.guide.version ?? '');
  const [currency, setCurrency] = useState(initial?.currency ?? 'USD');
  const [orderedAt, setOrderedAt] = useState(initial?.orderedAt ?? '');
  const [deliveredAt, setDeliveredAt] = useState(initial?.deliveredAt ?? '');
  const [qa, setQa] = useState<QaEntry[]>(initial?.qa ?? []);
  const [nums, setNums] = useState<Record<NumberField, string>>({
    unitPrice: String(initial?.unitPrice ?? ''),
    ordered: String(initial?.ordered ?? ''),
    delivered: String(initial?.delivered ?? ''),
    accepted: String(initial?.accepted ?? ''),
  });
  const [error, setError] = useState<string | null>(null);
  const value = (f: NumberField) => (nums[f].trim() === '' ? 0 : Number(nums[f]));
  const bad = NUMBERS.find((f) => {
    const n = value(f);
    return !Number.isFinite(n) || n < 0 || (f !== 'unitPrice' && !Number.isInteger(n));
  });
  const cost = bad ? null : value('unitPrice') * value('delivered');
  const perAccepted = cost !== null && value('accepted') > 0 ? cost / value('accepted') : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (bad) return setError(t('data.badNumber', { field: t(`data.batch.${bad}`) }));
    if (value('accepted') > value('delivered')) return setError(t('data.acceptedOverDelivered'));
    setError(null);
    onSubmit({
      vendor: vendor.trim(),
      guide: { file: guideFile.trim(), version: guideVersion.trim() },
      unitPrice: value('unitPrice'),
      currency: currency.trim(),
      ordered: value('ordered'),
      delivered: value('delivered'),
      accepted: value('accepted'),
      orderedAt,
      deliveredAt,
      qa,
    });
  };
  const text = (testId: string, label: string, v: string, set: (s: string) => void, type = 'text') => (
    <label>
      {label}
      <input data-testid={testId} type={type} value={v} onChange={(e) => set(e.target.value)} />
    </label>
  );

  return (
    <form className="card batch-form" data-testid="batch-form" onSubmit={submit}>
      <h3>{initial ? t('data.editBatch', { id: initial.id }) : t('data.newBatch')}</h3>
      <div className="form-grid">
        {text('batch-vendor', t('data.batch.vendor'), vendor, setVendor)}
        {text('batch-guide-file', t('data.batch.guideFile'), guideFile, setGuideFile)}
        {text('batch-guide-version', t('data.batch.guideVersion'), guideVersion, setGuideVersion)}
        {text('batch-currency', t('data.batch.currency'), currency, setCurrency)}
        {NUMBERS.map((f) => (
          <label key={f}>
            {t(`data.batch.${f}`)}
            <input
              data-testid={`batch-${f}`}
              inputMode={f === 'unitPrice' ? 'decimal' : 'numeric'}
              value={nums[f]}
              onChange={(e) => setNums({ ...nums, [f]: e.target.value })}
            />
          </label>
        ))}
        {text('batch-ordered-at', t('data.batch.orderedAt'), orderedAt, setOrderedAt, 'date')}
        {text('batch-delivered-at', t('data.batch.deliveredAt'), deliveredAt, setDeliveredAt, 'date')}
        <p className="wide batch-preview" data-testid="batch-preview">
          {cost === null
            ? t('data.previewInvalid')
            : t('data.preview', {
                cost: formatMoney({ [currency.trim()]: cost }, i18n.language),
                perAccepted:
                  perAccepted === null ? '—' : formatMoney({ [currency.trim()]: perAccepted }, i18n.language),
              })}
        </p>
        <QaEditor entries={qa} requirements={requirements} onChange={setQa} />
      </div>
      {error && (
        <p className="field-error" data-testid="batch-error">
          {error}
        </p>
      )}
      <FormActions
        primary={{ label: t('data.saveBatch'), testId: 'batch-save', type: 'submit' }}
        onCancel={onCancel}
        cancelTestId="batch-cancel"
      />
    </form>
  );
}
