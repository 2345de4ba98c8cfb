import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../shared/schema';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DecisionForm, type DecisionDraft } from '../components/DecisionForm';
import { shortDate } from '../format';
import { selectDoc, selectProject, selectSelection } from '../store/selectors';
import { useActions, useAppStore } from '../store/StoreContext';

type Editing = { mode: 'new' } | { mode: 'edit'; d: Decision } | null;

/** The Q&A and decisions log: who asked, the answer, what it changed, and what it links to. */
export function Qa() {
  const { t, i18n } = useTranslation();
  const doc = useAppStore(selectDoc);
  const project = useAppStore(selectProject);
  const selection = useAppStore(selectSelection);
  const { addDecision, updateDecision, removeDecision, select } = useActions();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const selectedRef = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'center' });
  }, [selection.decision]);
  if (!doc) return null;
  const readOnly = project?.readOnly ?? true;

  const submit = async (draft: DecisionDraft) => {
    const ok =
      editing?.mode === 'edit'
        ? await updateDecision({ id: editing.d.id, fields: draft })
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
          key={editing.mode === 'edit' ? editing.d.id : 'new'}
          doc={doc}
          {...(editing.mode === 'edit' ? { initial: editing.d } : {})}
          onSubmit={(d) => void submit(d)}
          onCancel={() => setEditing(null)}
        />
      )}
      {doc.decisions.length === 0 ? (
        <p className="muted" data-testid="qa-empty">
          {t('qa.empty')}
        </p>
      ) : (
        <table className="grid" data-testid="qa-table">
          <thead>
            <tr>
              <th>{t('requirements.id')}</th>
              <th>{t('qa.date')}</th>
              <th>{t('qa.question')}</th>
              <th>{t('qa.answer')}</th>
              <th>{t('qa.changed')}</th>
              <th>{t('qa.links')}</th>
              <th>{t('qa.status')}</th>
              <th>
                <span className="sr-only">{t('actions.column')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...doc.decisions].reverse().map((d) => {
              const selected = selection.decision === d.id;
              return (
                <tr
                  key={d.id}
                  data-testid={`qa-row-${d.id}`}
                  className={selected ? 'selected' : ''}
                  ref={selected ? selectedRef : undefined}
                >
                  <td className="mono">{d.id}</td>
                  <td className="small muted">{shortDate(d.at, i18n.language)}</td>
                  <td>
                    {d.question}
                    {d.askedBy && <div className="small muted">— {d.askedBy}</div>}
                  </td>
                  <td>
                    {d.answer}
                    {d.answeredBy && <div className="small muted">— {d.answeredBy}</div>}
                  </td>
                  <td className="small">{d.changed}</td>
                  <td>
                    {d.requirements.map((r) => (
                      <button
                        key={r}
                        className="qa-chip"
                        data-testid={`qa-link-${d.id}-${r}`}
                        onClick={() => select({ requirement: r }, 'requirements')}
                      >
                        {r}
                      </button>
                    ))}
                    {d.datasets.map((v) => (
                      <button
                        key={`${v.name}@${v.version}`}
                        className="qa-chip qa-chip-data"
                        onClick={() => select({ dataset: { name: v.name, version: v.version } }, 'data')}
                      >
                        {v.name}@v{v.version}
                      </button>
                    ))}
                  </td>
                  <td>
                    <span className={`badge badge-qa-${d.status}`}>{t(`qa.statuses.${d.status}`)}</span>
                  </td>
                  <td className="actions">
                    <button
                      data-testid={`qa-edit-${d.id}`}
                      disabled={readOnly}
                      onClick={() => setEditing({ mode: 'edit', d })}
                    >
                      {t('actions.edit')}
                    </button>
                    <button data-testid={`qa-delete-${d.id}`} disabled={readOnly} onClick={() => setDeleting(d.id)}>
                      {t('actions.delete')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('qa.deleteTitle')}
          choices={[
            {
              label: t('actions.delete'),
              testId: 'confirm-delete',
              destructive: true,
              onChoose: () => {
                setDeleting(null);
                void removeDecision(deleting);
              },
            },
            { label: t('actions.cancel'), testId: 'confirm-cancel', onChoose: () => setDeleting(null) },
          ]}
        >
          {t('qa.confirmDelete', { id: deleting })}
        </ConfirmDialog>
      )}
    </main>
  );
}
