import './BatchesPanel.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetVersion, LabelingBatch } from '../../../../shared/schema';
import { selectProject } from '../../store/selectors';
import { useActions, useAppStore } from '../../store/StoreContext';
import { CrudTable, type Editing } from '../CrudTable';
import { BatchCells } from './BatchCells';
import { BatchForm, type BatchDraft } from './BatchForm';
import { CostTotals } from './CostTotals';

/** The version's labeling batches (vendor, guide, price, quantities, Q&A) and what the data cost. */
export function BatchesPanel({ name, version }: { name: string; version: DatasetVersion }) {
  const { t } = useTranslation();
  const project = useAppStore(selectProject);
  const { run, setProject } = useActions();
  const [editing, setEditing] = useState<Editing<LabelingBatch>>(null);
  const readOnly = project?.readOnly ?? true;

  const submit = async (fields: BatchDraft) => {
    if (editing?.mode === 'edit') {
      const view = await run((api) => api.batches.update({ id: editing.item.id, fields }));
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
          key={editing.mode === 'edit' ? editing.item.id : 'new'}
          initial={editing.mode === 'edit' ? editing.item : undefined}
          requirements={project?.doc.requirements ?? []}
          onSubmit={(d) => void submit(d)}
          onCancel={() => setEditing(null)}
        />
      )}
      <CrudTable
        items={version.batches}
        idOf={(b) => b.id}
        columns={[
          { label: t('data.batch.id') },
          { label: t('data.batch.vendor') },
          { label: t('data.batch.guide') },
          { label: t('data.batch.unitPrice'), className: 'num' },
          { label: t('data.batch.ordered'), className: 'num' },
          { label: t('data.batch.delivered'), className: 'num' },
          { label: t('data.batch.accepted'), className: 'num' },
          { label: t('data.cost'), className: 'num' },
          { label: t('data.batch.dates') },
          { label: t('data.batch.qa') },
        ]}
        cells={(b) => <BatchCells b={b} />}
        className="grid compact batches-table"
        testId="batches-table"
        rowTestId="batch-row"
        actionTestId="batch"
        empty={{ text: t('data.noBatches'), testId: 'batches-empty' }}
        readOnly={readOnly}
        onEdit={(batch) => setEditing({ mode: 'edit', item: batch })}
        onDelete={(id) => void remove(id)}
      />
      <CostTotals name={name} current={version.version} />
    </div>
  );
}
