import './Requirements.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Requirement } from '../../../shared/schema';
import { CrudTable, type Editing } from '../components/CrudTable';
import { RequirementForm, type RequirementDraft } from '../components/RequirementForm';
import { RequirementCells } from '../components/requirements/RequirementCells';
import { RequirementsHead } from '../components/requirements/RequirementsHead';
import { TemplateApplyDialog } from '../components/templates/TemplateApplyDialog';
import { TemplateSaveDialog } from '../components/templates/TemplateSaveDialog';
import { useLoaded } from '../hooks/useLoaded';
import { selectCatalog, selectDoc, selectProject, selectRequirements, selectSelection } from '../store/selectors';
import { useActions, useAppStore } from '../store/StoreContext';

const COLUMNS = ['id', 'name', 'metric', 'target', 'priority', 'scope', 'source', 'history'] as const;

/** Add, edit and delete requirements; every change is undoable until saved and after. */
export function Requirements() {
  const { t } = useTranslation();
  const project = useAppStore(selectProject);
  const requirements = useAppStore(selectRequirements);
  const doc = useAppStore(selectDoc);
  const selection = useAppStore(selectSelection);
  const { run, setProject, loadCatalog } = useActions();
  // The picker works from the metric vocabulary until the project's own catalog arrives.
  const catalog = useLoaded(selectCatalog, loadCatalog);
  const [editing, setEditing] = useState<Editing<Requirement>>(null);
  const [templateDialog, setTemplateDialog] = useState<'apply' | 'save' | null>(null);
  const readOnly = project?.readOnly ?? true;

  const submit = async (draft: RequirementDraft, reason: string) => {
    if (editing?.mode === 'edit') {
      const view = await run((api) => api.requirements.update({ id: editing.item.id, fields: draft, reason }));
      if (view) {
        setProject(view);
        setEditing(null);
      }
    } else {
      const result = await run((api) => api.requirements.add(draft));
      if (result) {
        setProject(result.project);
        setEditing(null);
      }
    }
  };
  const remove = async (id: string) => {
    const view = await run((api) => api.requirements.remove({ id }));
    if (view) setProject(view);
  };

  return (
    <main className="screen" data-testid="screen-requirements" data-app-state="ready">
      <RequirementsHead
        readOnly={readOnly}
        canAdd={!readOnly && editing === null}
        canSaveTemplate={requirements.length > 0}
        onTemplate={setTemplateDialog}
        onAdd={() => setEditing({ mode: 'new' })}
      />
      {editing && doc && (
        <RequirementForm
          key={editing.mode === 'edit' ? editing.item.id : 'new'}
          initial={editing.mode === 'edit' ? editing.item : undefined}
          doc={doc}
          catalog={catalog}
          onSubmit={(d, r) => void submit(d, r)}
          onCancel={() => setEditing(null)}
        />
      )}
      <CrudTable
        items={requirements}
        idOf={(r) => r.id}
        columns={COLUMNS.map((c) => ({ label: t(`requirements.${c}`) }))}
        cells={(r) => <RequirementCells r={r} />}
        testId="requirements-table"
        rowTestId="requirement-row"
        actionTestId="req"
        empty={{ text: t('requirements.empty'), testId: 'requirements-empty' }}
        selectable
        selectedId={selection.requirement}
        readOnly={readOnly}
        onEdit={(req) => setEditing({ mode: 'edit', item: req })}
        onDelete={(id) => void remove(id)}
        confirmDelete={{
          title: t('confirm.deleteTitle'),
          message: (id) => t('requirements.confirmDelete', { id }),
        }}
      />
      {templateDialog === 'apply' && <TemplateApplyDialog onClose={() => setTemplateDialog(null)} />}
      {templateDialog === 'save' && (
        <TemplateSaveDialog requirements={requirements} onClose={() => setTemplateDialog(null)} />
      )}
    </main>
  );
}
