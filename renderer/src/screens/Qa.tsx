import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../shared/schema';
import { CrudTable, type Editing } from '../components/CrudTable';
import { DecisionForm, type DecisionDraft } from '../components/DecisionForm';
import { DecisionCells } from '../components/qa/DecisionCells';
import { selectDoc, selectProject, selectSelection } from '../store/selectors';
import { useActions, useAppStore } from '../store/StoreContext';

/** The Q&A and decisions log: who asked, the answer, what it changed, and what it links to. */
export function Qa() {
  const { t } = useTranslation();
  const doc = useAppStore(selectDoc);
  const project = useAppStore(selectProject);
  const selection = useAppStore(selectSelection);
  const { addDecision, updateDecision, removeDecision } = useActions();
  const [editing, setEditing] = useState<Editing<Decision>>(null);
  if (!doc) return null;
  const readOnly = project?.readOnly ?? true;

  const submit = async (draft: DecisionDraft) => {
    const ok =
      editing?.mode === 'edit'
        ? await updateDecision({ id: editing.item.id, fields: draft })
        : Boolean(await addDecision(draft));
    if (ok) setEditing(null);
  };

  return (
    <main className="screen" data-testid="screen-qa" data-app-state="ready">
      <div className="screen-head">
        <h1>{t('qa.title')}</h1>
        <button
          className="primary"
          data-testid="qa-add"
          disabled={readOnly || editing !== null}
          onClick={() => setEditing({ mode: 'new' })}
        >
          {t('qa.add')}
        </button>
      </div>
      {editing && (
        <DecisionForm
          key={editing.mode === 'edit' ? editing.item.id : 'new'}
          doc={doc}
          {...(editing.mode === 'edit' ? { initial: editing.item } : {})}
          onSubmit={(d) => void submit(d)}
          onCancel={() => setEditing(null)}
        />
      )}
      <CrudTable
        items={[...doc.decisions].reverse()}
        idOf={(d) => d.id}
        columns={[
          { label: t('requirements.id') },
          { label: t('qa.date') },
          { label: t('qa.question') },
          { label: t('qa.answer') },
          { label: t('qa.changed') },
          { label: t('qa.links') },
          { label: t('qa.status') },
        ]}
        cells={(d) => <DecisionCells d={d} />}
        testId="qa-table"
        rowTestId="qa-row"
        actionTestId="qa"
        empty={{ text: t('qa.empty'), testId: 'qa-empty' }}
        selectable
        selectedId={selection.decision}
        readOnly={readOnly}
        onEdit={(d) => setEditing({ mode: 'edit', item: d })}
        onDelete={(id) => void removeDecision(id)}
        confirmDelete={{ title: t('qa.deleteTitle'), message: (id) => t('qa.confirmDelete', { id }) }}
      />
    </main>
  );
}
