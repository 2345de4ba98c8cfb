import './QaEditor.css';
import { useTranslation } from 'react-i18next';
import type { LabelingBatch, Requirement } from '../../../../shared/schema';
import { QA_STATUSES } from '../../../../shared/vocabulary';

export type QaEntry = LabelingBatch['qa'][number];
const STATUSES = QA_STATUSES;

/** The Q&A log with the vendor: question, answer, who asked, status, and the requirement it concerns. */
export function QaEditor({
  entries,
  requirements,
  onChange,
}: {
  entries: QaEntry[];
  requirements: Requirement[];
  onChange: (entries: QaEntry[]) => void;
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<QaEntry>) =>
    onChange(
      entries.map((e, j) => {
        if (j !== i) return e;
        const next = { ...e, ...patch };
        // An unlinked entry has no `requirement` key at all (the file keeps optional keys out).
        if (!next.requirement) delete next.requirement;
        return next;
      }),
    );
  return (
    <fieldset className="qa-editor wide" data-testid="qa-editor">
      <legend>{t('data.qa')}</legend>
      {entries.map((e, i) => (
        <div key={i} className="qa-row" data-testid={`qa-row-${i}`}>
          <textarea
            className="qa-question"
            rows={1}
            data-testid={`qa-question-${i}`}
            aria-label={t('data.question')}
            placeholder={t('data.question')}
            value={e.question}
            onChange={(ev) => set(i, { question: ev.target.value })}
          />
          <textarea
            className="qa-answer"
            rows={1}
            data-testid={`qa-answer-${i}`}
            aria-label={t('data.answer')}
            placeholder={t('data.answer')}
            value={e.answer}
            onChange={(ev) => set(i, { answer: ev.target.value })}
          />
          <input
            data-testid={`qa-asked-${i}`}
            aria-label={t('data.askedBy')}
            placeholder={t('data.askedBy')}
            value={e.askedBy}
            onChange={(ev) => set(i, { askedBy: ev.target.value })}
          />
          <select
            data-testid={`qa-status-${i}`}
            aria-label={t('data.status')}
            value={e.status}
            onChange={(ev) => set(i, { status: ev.target.value as QaEntry['status'] })}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`data.qaStatus.${s}`)}
              </option>
            ))}
          </select>
          <select
            data-testid={`qa-requirement-${i}`}
            aria-label={t('data.linkedRequirement')}
            value={e.requirement ?? ''}
            onChange={(ev) => set(i, { requirement: ev.target.value })}
          >
            <option value="">{t('data.noRequirement')}</option>
            {requirements.map((r) => (
              <option key={r.id} value={r.id}>
                {r.id} {r.title}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="ghost"
            data-testid={`qa-remove-${i}`}
            aria-label={t('actions.delete')}
            onClick={() => onChange(entries.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        data-testid="qa-add"
        onClick={() => onChange([...entries, { question: '', answer: '', askedBy: '', status: 'open' }])}
      >
        {t('data.addQuestion')}
      </button>
    </fieldset>
  );
}
