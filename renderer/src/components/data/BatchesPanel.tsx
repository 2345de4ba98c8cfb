import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetVersion, LabelingBatch } from '../../../../shared/schema';
import { selectProject } from '../../store/selectors';
import { useActions, useAppStore } from '../../store/StoreContext';
import { BatchForm, type BatchDraft } from './BatchForm';
import { CostTotals } from './CostTotals';
import { formatMoney } from './sample-url';

type Editing = { mode: 'new' } | { mode: 'edit'; batch: LabelingBatch } | null;

/** The version's labeling batches (vendor, guide, price, quantities, Q&A) and what the data cost. */
export function BatchesPanel({ name, version }: { name: string; version: DatasetVersion }) {
  const { t, i18n } = useTranslation();
  const project = useAppStore(selectProject);
  const { run, setProject } = useActions();
  const [editing, setEditing] = useState<Editing>(null);
  const readOnly = project?.readOnly ?? true;

  const submit = async (fields: BatchDraft) => {
    if (editing?.mode === 'edit') {
      const view = await run((api) => api.batches.update({ id: editing.batch.id, fields }));
      if (view) setProject(view);
      if (view) setEditing(null);
    } else {
      const r = await run((api) => api.batches.add({ name, version: version.version, fields }));
      if (r) setProject(r.project);
      if (r) setEditing(null);
    }
  };
  const remove = async (id: string) => {
    const view = await run((api) => api.batches.remove({ id }));
    if (view) setProject(view);
  };

  return (
    <div className="batches" data-testid="batches-panel">
      <div className="row">
        <h3>{t('data.batchesTitle', { version: version.version })}</h3>
        <span className="spacer" />
        <button
          data-testid="batch-add"
          disabled={readOnly || editing !== null}
          onClick={() => setEditing({ mode: 'new' })}
        >
          {t('data.addBatch')}
        </button>
      </div>
      {editing && (
        <BatchForm
          key={editing.mode === 'edit' ? editing.batch.id : 'new'}
          initial={editing.mode === 'edit' ? editing.batch : undefined}
          requirements={project?.doc.requirements ?? []}
          onSubmit={(d) => void submit(d)}
          onCancel={() => setEditing(null)}
        />
      )}
      {version.batches.length === 0 ? (
        <p className="muted" data-testid="batches-empty">
          {t('data.noBatches')}
        </p>
      ) : (
        <table className="grid compact" data-testid="batches-table">
          <thead>
            <tr>
              <th>{t('data.batch.id')}</th>
              <th>{t('data.batch.vendor')}</th>
              <th>{t('data.batch.guide')}</th>
              <th className="num">{t('data.batch.unitPrice')}</th>
              <th className="num">{t('data.batch.ordered')}</th>
              <th className="num">{t('data.batch.delivered')}</th>
              <th className="num">{t('data.batch.accepted')}</th>
              <th className="num">{t('data.cost')}</th>
              <th>{t('data.batch.dates')}</th>
              <th>{t('data.batch.qa')}</th>
              <th>
                <span className="sr-only">{t('actions.column')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {version.batches.map((b) => {
              const open = b.qa.filter((q) => q.status === 'open').length;
              return (
                <tr key={b.id} data-testid={`batch-row-${b.id}`}>
                  <td className="mono">{b.id}</td>
                  <td>{b.vendor}</td>
                  <td className="small">
                    {b.guide.file} {b.guide.version && <span className="muted">({b.guide.version})</span>}
                  </td>
                  <td className="num mono">{formatMoney({ [b.currency]: b.unitPrice }, i18n.language)}</td>
                  <td className="num mono">{b.ordered}</td>
                  <td className="num mono">{b.delivered}</td>
                  <td className="num mono">{b.accepted}</td>
                  <td className="num mono">
                    {formatMoney({ [b.currency]: b.unitPrice * b.delivered }, i18n.language)}
                  </td>
                  <td className="small muted nowrap">
                    {b.orderedAt || '—'}
                    <br />→ {b.deliveredAt || '—'}
                  </td>
                  <td className="small" title={b.qa.map((q) => `${q.question} — ${q.answer}`).join('\n')}>
                    {t('data.qaSummary', { count: b.qa.length, open })}
                  </td>
                  <td className="actions">
                    <button
                      data-testid={`batch-edit-${b.id}`}
                      disabled={readOnly}
                      onClick={() => setEditing({ mode: 'edit', batch: b })}
                    >
                      {t('actions.edit')}
                    </button>
                    <button data-testid={`batch-delete-${b.id}`} disabled={readOnly} onClick={() => void remove(b.id)}>
                      {t('actions.delete')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <CostTotals name={name} current={version.version} />
    </div>
  );
}
