import { useTranslation } from 'react-i18next';
import type { ProjectDocument } from '../../../../shared/schema';
import { PRIORITIES } from '../../../../shared/vocabulary';
import { EnumSelect } from '../EnumSelect';
import { ScopeFields } from '../ScopeFields';
import type { RequirementFieldsState } from './use-requirement-fields';
import { TextField } from '../TextField';

/** Who owns the requirement and where it holds: priority, owner, serving target, data scope. */
export function RequirementPlaceFields({ state, doc }: { state: RequirementFieldsState; doc: ProjectDocument }) {
  const { t } = useTranslation();
  const { fields, set, speedish } = state;
  return (
    <>
      <EnumSelect
        label={t('requirements.priority')}
        testId="req-priority"
        value={fields.priority}
        options={PRIORITIES}
        labelOf={(p) => t(`priority.${p}`)}
        onChange={(p) => set('priority', p)}
      />
      <TextField
        label={t('requirements.owner')}
        testId="req-owner"
        value={fields.owner}
        onChange={(v) => set('owner', v)}
      />
      <label>
        {t('requirements.servingTarget')}
        <select
          data-testid="req-serving"
          value={fields.servingTarget}
          onChange={(e) => set('servingTarget', e.target.value)}
        >
          <option value="">{speedish ? t('requirements.servingNone') : '—'}</option>
          {doc.servingTargets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.id} · {s.name} ({t(`overview.mode.${s.mode}`)})
            </option>
          ))}
        </select>
      </label>
      <ScopeFields doc={doc} scope={fields.scope} onChange={(s) => set('scope', s)} />
    </>
  );
}

/** Where the requirement came from: who asked, and the Q&A entry that asked for it. */
export function RequirementSourceFields({ state, doc }: { state: RequirementFieldsState; doc: ProjectDocument }) {
  const { t } = useTranslation();
  const { fields, set } = state;
  return (
    <>
      <TextField
        label={t('requirements.sourceWho')}
        testId="req-source-who"
        value={fields.who}
        placeholder={t('requirements.sourceWhoPlaceholder')}
        onChange={(v) => set('who', v)}
      />
      <label className="span3">
        {t('requirements.sourceQa')}
        <select data-testid="req-source-qa" value={fields.qa} onChange={(e) => set('qa', e.target.value)}>
          <option value="">—</option>
          {doc.decisions.map((d) => (
            <option key={d.id} value={d.id}>
              {d.id} · {d.question.slice(0, 80)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
