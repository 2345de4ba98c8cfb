import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Requirement } from '../../../shared/schema';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { RequirementForm, type RequirementDraft } from '../components/RequirementForm';
import { TemplateApplyDialog } from '../components/templates/TemplateApplyDialog';
import { TemplateSaveDialog } from '../components/templates/TemplateSaveDialog';
import { useLoaded } from '../hooks/useLoaded';
import { selectCatalog, selectDoc, selectProject, selectRequirements, selectSelection } from '../store/selectors';
import { useActions, useAppStore } from '../store/StoreContext';

type Editing = { mode: 'new' } | { mode: 'edit'; req: Requirement } | null;

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
  const selectedRef = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'center' });
  }, [selection.requirement]);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [templateDialog, setTemplateDialog] = useState<'apply' | 'save' | null>(null);
  const readOnly = project?.readOnly ?? true;

  const submit = async (draft: RequirementDraft, reason: string) => {
    if (editing?.mode === 'edit') {
      const view = await run((api) => api.requirements.update({ id: editing.req.id, fields: draft, reason }));
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
    setDeleting(null);
    const view = await run((api) => api.requirements.remove({ id }));
    if (view) setProject(view);
  };

  return (
    <main className="screen" data-testid="screen-requirements" data-app-state="ready">
      <div className="screen-head">
        <h1>{t('requirements.title')}</h1>
        <button data-testid="from-template" disabled={readOnly} onClick={() => setTemplateDialog('apply')}>
          {t('templates.fromTemplate')}
        </button>
        <button
          data-testid="save-as-template"
          disabled={requirements.length === 0}
          onClick={() => setTemplateDialog('save')}
        >
          {t('templates.saveAs')}
        </button>
        <button
          className="primary"
          data-testid="add-requirement"
          disabled={readOnly || editing !== null}
          onClick={() => setEditing({ mode: 'new' })}
        >
          {t('requirements.add')}
        </button>
      </div>
      {editing && doc && (
        <RequirementForm
          key={editing.mode === 'edit' ? editing.req.id : 'new'}
          initial={editing.mode === 'edit' ? editing.req : undefined}
          doc={doc}
          catalog={catalog}
          onSubmit={(d, r) => void submit(d, r)}
          onCancel={() => setEditing(null)}
        />
      )}
      {requirements.length === 0 ? (
        <p className="muted" data-testid="requirements-empty">
          {t('requirements.empty')}
        </p>
      ) : (
        <table className="grid" data-testid="requirements-table">
          <thead>
            <tr>
              <th>{t('requirements.id')}</th>
              <th>{t('requirements.name')}</th>
              <th>{t('requirements.metric')}</th>
              <th>{t('requirements.target')}</th>
              <th>{t('requirements.priority')}</th>
              <th>{t('requirements.scope')}</th>
              <th>{t('requirements.source')}</th>
              <th>{t('requirements.history')}</th>
              <th>
                <span className="sr-only">{t('actions.column')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {requirements.map((r) => (
              <tr
                key={r.id}
                data-testid={`requirement-row-${r.id}`}
                className={selection.requirement === r.id ? 'selected' : ''}
                ref={selection.requirement === r.id ? selectedRef : undefined}
              >
                <td className="mono">{r.id}</td>
                <td>{r.title}</td>
                <td className="mono">{r.metric}</td>
                <td className="mono">
                  {r.op === '>=' ? '≥' : '≤'} {r.target} {r.unit}
                </td>
                <td>
                  <span className={`badge badge-${r.priority}`}>{t(`priority.${r.priority}`)}</span>
                </td>
                <td className="small">
                  <span className="mono">{scopeText(r.scope)}</span>
                  {r.servingTarget && <div className="muted">{r.servingTarget}</div>}
                  {r.owner && <div className="muted">{t('requirements.ownedBy', { owner: r.owner })}</div>}
                </td>
                <td className="small">
                  {r.source.who}
                  {r.source.qa && <div className="mono muted">{r.source.qa}</div>}
                </td>
                <td className="small muted" data-testid={`req-history-${r.id}`}>
                  {r.history.map((h, i) => (
                    <div key={i}>
                      {t('requirements.historyEntry', {
                        date: h.at.slice(0, 10),
                        field: t(`requirements.${h.field}`),
                        from: h.from,
                        to: h.to,
                      })}
                      {h.reason && <span className="history-reason"> — {h.reason}</span>}
                    </div>
                  ))}
                </td>
                <td className="actions">
                  <button
                    data-testid={`req-edit-${r.id}`}
                    disabled={readOnly}
                    onClick={() => setEditing({ mode: 'edit', req: r })}
                  >
                    {t('actions.edit')}
                  </button>
                  <button data-testid={`req-delete-${r.id}`} disabled={readOnly} onClick={() => setDeleting(r.id)}>
                    {t('actions.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {templateDialog === 'apply' && <TemplateApplyDialog onClose={() => setTemplateDialog(null)} />}
      {templateDialog === 'save' && (
        <TemplateSaveDialog requirements={requirements} onClose={() => setTemplateDialog(null)} />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('confirm.deleteTitle')}
          choices={[
            {
              label: t('actions.delete'),
              testId: 'confirm-delete',
              destructive: true,
              onChoose: () => void remove(deleting),
            },
            { label: t('actions.cancel'), testId: 'confirm-cancel', onChoose: () => setDeleting(null) },
          ]}
        >
          {t('requirements.confirmDelete', { id: deleting })}
        </ConfirmDialog>
      )}
    </main>
  );
}

function scopeText(scope: Requirement['scope']): string {
  if (!scope.dataset && !scope.split && !scope.slice) return '';
  return `${scope.dataset ?? '*'}${scope.version ? `@v${scope.version}` : ''}${scope.split ? `:${scope.split}` : ''}${scope.slice ? ` · ${scope.slice}` : ''}`;
}
