import './RequirementForm.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDocument, Requirement } from '../../../shared/schema';
import type { CatalogEntry } from '../../../shared/contract/board-methods';
import { FormActions } from './FormActions';
import { MetricTargetFields } from './requirements/MetricTargetFields';
import { RequirementPlaceFields, RequirementSourceFields } from './requirements/RequirementFieldGroups';
import { useRequirementFields, type RequirementDraft } from './requirements/use-requirement-fields';
import { TextField } from './TextField';

export type { RequirementDraft } from './requirements/use-requirement-fields';

/** Add or edit one requirement; a change of what it asks for needs the reason it moves. */
export function RequirementForm({
  initial,
  doc,
  catalog,
  onSubmit,
  onCancel,
}: {
  initial?: Requirement | undefined;
  doc: ProjectDocument;
  catalog: CatalogEntry[] | null;
  onSubmit: (draft: RequirementDraft, reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const state = useRequirementFields(initial, catalog);
  const { fields, set, moved } = state;
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = state.check();
    if ('error' in checked) return setError(t(checked.error));
    setError(null);
    onSubmit(checked.draft, fields.reason.trim());
  };

  return (
    <form className="card req-form" onSubmit={submit} data-testid="requirement-form">
      <h2>{initial ? t('requirements.editTitle', { id: initial.id }) : t('requirements.newTitle')}</h2>
      <div className="form-grid">
        <TextField
          className="wide"
          label={t('requirements.name')}
          testId="req-title"
          value={fields.title}
          onChange={(v) => set('title', v)}
          input={{ autoFocus: true }}
        />
        <MetricTargetFields state={state} />
        <RequirementPlaceFields state={state} doc={doc} />
        <RequirementSourceFields state={state} doc={doc} />
        <label className="wide">
          {t('requirements.rationale')}
          <textarea
            data-testid="req-rationale"
            rows={2}
            value={fields.rationale}
            onChange={(e) => set('rationale', e.target.value)}
          />
        </label>
        {moved.length > 0 && (
          <TextField
            className="wide reason"
            label={t('requirements.reasonFor', {
              fields: moved.map((f) => t(`requirements.${f === 'op' ? 'op' : f}`)).join(', '),
            })}
            testId="req-reason"
            value={fields.reason}
            placeholder={t('requirements.reasonPlaceholder')}
            onChange={(v) => set('reason', v)}
          />
        )}
      </div>
      {error && (
        <p className="field-error" role="alert" data-testid="req-error">
          {error}
        </p>
      )}
      <FormActions primary={{ label: t('requirements.saveRequirement'), testId: 'req-save' }} onCancel={onCancel} />
    </form>
  );
}
