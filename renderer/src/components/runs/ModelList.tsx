import './runs-table.css';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Model } from '../../../../shared/schema';
import { useActions } from '../../store/StoreContext';
import { bytes, count, opsetText, tensorText } from './format-run';
import { ModelFacts } from './ModelFacts';
import { QuantizeButton, QuantizeResult, VariantForm } from './ModelVariantControls';
import type { QuantizeOutcome } from '../../../../shared/optimization-views';

/** The registered models and their facts; a row expands to the operator histogram and the rest. */
export function ModelList({
  models,
  readOnly,
  onEvaluate,
}: {
  models: Model[];
  readOnly: boolean;
  onEvaluate: (modelId: string) => void;
}) {
  const { t } = useTranslation();
  const { run, setProject } = useActions();
  const [open, setOpen] = useState<string | null>(null);
  const [quantized, setQuantized] = useState<QuantizeOutcome | null>(null);
  const remove = async (id: string) => {
    const view = await run((api) => api.models.remove({ id }));
    if (view) setProject(view);
  };
  if (models.length === 0) {
    return (
      <p className="muted" data-testid="models-empty">
        {t('runs.models.empty')}
      </p>
    );
  }
  return (
    <>
      {quantized && <QuantizeResult outcome={quantized} onClose={() => setQuantized(null)} />}
      <table className="grid runs-table runs-models-table" data-testid="model-list">
        <thead>
          <tr>
            <th>{t('runs.models.name')}</th>
            <th className="num">{t('runs.facts.size')}</th>
            <th className="num">{t('runs.facts.params')}</th>
            <th>{t('runs.facts.opset')}</th>
            <th>{t('runs.facts.inputs')}</th>
            <th>{t('runs.facts.outputs')}</th>
            <th>
              <span className="sr-only">{t('actions.column')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {models.map((m) => {
            const expanded = open === m.id;
            return (
              <Fragment key={m.id}>
                <tr data-testid="model-row" data-model={m.name} data-id={m.id}>
                  <td>
                    <button
                      className="link"
                      data-testid="model-expand"
                      aria-expanded={expanded}
                      onClick={() => setOpen(expanded ? null : m.id)}
                    >
                      {expanded ? '▾' : '▸'} <strong>{m.name}</strong>
                    </button>
                    <div className="muted small mono">{m.path}</div>
                    {m.variantOf && (
                      <div className="muted small" data-testid="model-variant-of">
                        {t('optimize.models.variantOf', {
                          parent: models.find((p) => p.id === m.variantOf?.model)?.name ?? m.variantOf.model,
                          kind: t(`optimize.variant.kind.${m.variantOf.kind}`),
                        })}
                      </div>
                    )}
                    {m.trainedOn && (
                      <div className="muted small">
                        {t('runs.models.trainedOn', { data: `${m.trainedOn.dataset}@v${m.trainedOn.version}` })}
                      </div>
                    )}
                  </td>
                  <td className="num">{bytes(m.size)}</td>
                  <td className="num">{count(m.params)}</td>
                  <td className="small">{opsetText(m.opset)}</td>
                  <td className="mono small nowrap">
                    {m.inputs.map((i) => (
                      <div key={i.name}>{tensorText(i)}</div>
                    ))}
                  </td>
                  <td className="mono small nowrap">
                    {m.outputs.map((o) => (
                      <div key={o.name}>{tensorText(o)}</div>
                    ))}
                  </td>
                  <td className="actions">
                    <button data-testid="model-evaluate" disabled={readOnly} onClick={() => onEvaluate(m.id)}>
                      {t('runs.evaluate.open')}
                    </button>
                    <QuantizeButton model={m} readOnly={readOnly} onDone={setQuantized} />
                    <button data-testid="model-remove" disabled={readOnly} onClick={() => void remove(m.id)}>
                      {t('actions.delete')}
                    </button>
                  </td>
                </tr>
                {expanded && (
                  <tr className="runs-expanded">
                    <td colSpan={7}>
                      <ModelFacts facts={m} testId="model-facts" />
                      <VariantForm model={m} models={models} readOnly={readOnly} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
