import './TemplateApplyDialog.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { selectBusy } from '../../store/selectors';
import { useActions, useAppStore } from '../../store/StoreContext';
import { Modal } from '../Modal';
import { TemplatePicker, useLocalize } from './TemplatePicker';
import { useTemplates } from './useTemplates';
import { FormActions } from '../FormActions';

/** Adds a template's requirements to the project, optionally as the start of a new iteration. */
export function TemplateApplyDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const busy = useAppStore(selectBusy);
  const { run, setProject, notify } = useActions();
  const localize = useLocalize();
  const [templates, setTemplates] = useTemplates();
  const [id, setId] = useState('');
  const [iteration, setIteration] = useState('');
  const chosen = templates?.find((x) => x.id === (id || templates[0]?.id));

  const apply = async (e: FormEvent) => {
    e.preventDefault();
    if (!chosen) return;
    const language = i18n.language === 'ko' ? 'ko' : 'en';
    const args = { id: chosen.id, language, ...(iteration.trim() ? { iteration: iteration.trim() } : {}) } as const;
    const r = await run((api) => api.templates.apply(args));
    if (!r) return;
    setProject(r.project);
    const none = '—';
    notify({
      kind: 'info',
      message: t('templates.applied', {
        added: r.result.added.join(', ') || none,
        skipped: r.result.skipped.join(', ') || none,
      }),
    });
    onClose();
  };
  const remove = async () => {
    if (!chosen || chosen.builtIn) return;
    const list = await run((api) => api.templates.remove({ id: chosen.id }));
    if (list) {
      setTemplates(list);
      setId('');
    }
  };

  return (
    <Modal title={t('templates.applyTitle')} testId="template-apply-dialog" onClose={onClose}>
      <form className="stack-form" onSubmit={(e) => void apply(e)}>
        <label>
          {t('templates.choose')}
          {templates && (
            <TemplatePicker templates={templates} value={chosen?.id ?? ''} onChange={setId} testId="template-choice" />
          )}
        </label>
        {chosen && (
          <div className="small" data-testid="template-preview">
            <p className="muted">{localize(chosen.description)}</p>
            <p>{t('templates.count', { count: chosen.requirements.length })}</p>
            <ul>
              {chosen.requirements.map((r, i) => (
                <li key={i}>
                  {localize(r.title)} <span className="mono muted">{r.metric}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        <label>
          {t('templates.newIteration')}
          <input
            data-testid="template-iteration"
            value={iteration}
            placeholder={t('templates.newIterationPlaceholder')}
            onChange={(e) => setIteration(e.target.value)}
          />
        </label>
        <FormActions
          className="modal-actions"
          busy={busy}
          leading={
            <>
              {chosen && !chosen.builtIn && (
                <button
                  type="button"
                  data-testid="template-remove"
                  data-destructive="true"
                  disabled={busy}
                  onClick={() => void remove()}
                >
                  {t('templates.remove')}
                </button>
              )}
              <span className="spacer" />
            </>
          }
          primary={{ label: t('templates.apply'), testId: 'template-apply', disabled: !chosen }}
          onCancel={onClose}
        />
      </form>
    </Modal>
  );
}
