import '../manual/ManualEvidence.css';
import './TemplateApplyDialog.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Requirement } from '../../../../shared/schema';
import { selectBusy } from '../../store/selectors';
import { useActions, useAppStore } from '../../store/StoreContext';
import { Modal } from '../Modal';
import { FormActions } from '../FormActions';

/** Saves chosen requirements as the user's template (in the app's data folder, not the project). */
export function TemplateSaveDialog({ requirements, onClose }: { requirements: Requirement[]; onClose: () => void }) {
  const { t } = useTranslation();
  const busy = useAppStore(selectBusy);
  const { run, notify } = useActions();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(requirements.map((r) => r.id)));

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const ids = requirements.filter((r) => chosen.has(r.id)).map((r) => r.id);
    const saved = await run((api) => api.templates.save({ name: name.trim(), description, requirements: ids }));
    if (!saved) return;
    notify({ kind: 'info', message: t('templates.saved', { name: name.trim() }) });
    onClose();
  };
  const toggle = (id: string) =>
    setChosen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Modal title={t('templates.saveTitle')} testId="template-save-dialog" onClose={onClose}>
      <form className="stack-form" onSubmit={(e) => void save(e)}>
        <label>
          {t('templates.name')}
          <input data-testid="template-name" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
        </label>
        <label>
          {t('templates.description')}
          <input value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <ul className="evidence-list small">
          {requirements.map((r) => (
            <li key={r.id}>
              <label className="template-choice">
                <input type="checkbox" checked={chosen.has(r.id)} onChange={() => toggle(r.id)} />
                <span className="mono">{r.id}</span> {r.title}
              </label>
            </li>
          ))}
        </ul>
        <p className="muted small">{t('templates.saveHint')}</p>
        <FormActions
          className="modal-actions"
          busy={busy}
          primary={{
            label: t('templates.save'),
            testId: 'template-save',
            disabled: !name.trim() || chosen.size === 0,
            disabledReason: t('templates.saveNeeds'),
          }}
          onCancel={onClose}
        />
      </form>
    </Modal>
  );
}
