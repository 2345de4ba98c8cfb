import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Model, VariantKind } from '../../../../shared/schema';
import { VARIANT_KINDS } from '../../../../shared/vocabulary';
import type { QuantizeOutcome } from '../../../../shared/optimization-views';
import { useActions } from '../../store/StoreContext';
import { EnumSelect } from '../EnumSelect';
import { bytes } from './format-run';

/** Writes an int8-weight copy of the model beside it and registers it as a quantized variant. */
export function QuantizeButton({
  model,
  readOnly,
  onDone,
}: {
  model: Model;
  readOnly: boolean;
  onDone: (o: QuantizeOutcome) => void;
}) {
  const { t } = useTranslation();
  const { run, setProject } = useActions();
  const [busy, setBusy] = useState(false);
  const go = async () => {
    setBusy(true);
    const r = await run((api) => api.models.quantize({ model: model.id }));
    setBusy(false);
    if (!r) return;
    setProject(r.project);
    onDone(r.outcome);
  };
  return (
    <button data-testid="model-quantize" disabled={readOnly || busy} onClick={() => void go()}>
      {t('optimize.models.quantize')}
    </button>
  );
}

/** What quantizing changed: the file, its size, each weight stored as int8 and what was left. */
export function QuantizeResult({ outcome, onClose }: { outcome: QuantizeOutcome; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="banner banner-info" role="status" data-testid="quantize-result">
      <p>
        {t('optimize.models.quantized', {
          path: outcome.model.path,
          name: outcome.model.name,
          before: bytes(outcome.parent.size),
          after: bytes(outcome.model.size),
        })}
      </p>
      <ul className="small">
        {outcome.quantized.map((q) => (
          <li key={q.weight}>
            {t('optimize.models.weight', {
              weight: q.weight,
              dims: q.dims.join('×'),
              scheme: q.scheme,
              method: q.method,
            })}
          </li>
        ))}
        {outcome.skipped.map((s) => (
          <li key={s.weight} className="muted">
            {t('optimize.models.skipped', { weight: s.weight, reason: s.reason })}
          </li>
        ))}
      </ul>
      <button onClick={onClose}>{t('app.dismiss')}</button>
    </div>
  );
}

/** Records which model this one was derived from, and how (or clears it). */
export function VariantForm({ model, models, readOnly }: { model: Model; models: Model[]; readOnly: boolean }) {
  const { t } = useTranslation();
  const { run, setProject } = useActions();
  const [parent, setParent] = useState(model.variantOf?.model ?? '');
  const [kind, setKind] = useState<VariantKind>(model.variantOf?.kind ?? 'quantized');
  const save = async () => {
    const view = await run((api) =>
      api.models.setVariant({ id: model.id, parent: parent || null, kind, note: model.variantOf?.note ?? '' }),
    );
    if (view) setProject(view);
  };
  return (
    <div className="row variant-form" data-testid="variant-form">
      <label>
        {t('optimize.models.setVariant')}
        <select data-testid="variant-parent" value={parent} onChange={(e) => setParent(e.target.value)}>
          <option value="">{t('optimize.models.none')}</option>
          {models
            .filter((m) => m.id !== model.id)
            .map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
        </select>
      </label>
      <EnumSelect
        label={t('optimize.models.kind')}
        testId="variant-kind"
        value={kind}
        options={VARIANT_KINDS}
        labelOf={(k) => t(`optimize.variant.kind.${k}`)}
        onChange={setKind}
      />
      <button data-testid="variant-save" disabled={readOnly} onClick={() => void save()}>
        {t('optimize.models.save')}
      </button>
    </div>
  );
}
