import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QA_STATUSES } from '../../../shared/vocabulary';
import { EnumSelect } from './EnumSelect';
import type { Decision, ProjectDocument } from '../../../shared/schema';
import { CheckList, toggled } from './CheckList';
import { FormActions } from './FormActions';
import { TextField } from './TextField';

export interface DecisionDraft {
  question: string;
  answer: string;
  askedBy: string;
  answeredBy: string;
  status: Decision['status'];
  changed: string;
  requirements: string[];
  datasets: { name: string; version: number }[];
}

/** A question, its answer, what it changed, and the requirements / dataset versions it touches. */
export function DecisionForm({
  doc,
  initial,
  onSubmit,
  onCancel,
}: {
  doc: ProjectDocument;
  initial?: Decision;
  onSubmit: (draft: DecisionDraft) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [question, setQuestion] = useState(initial?.question ?? '');
  const [answer, setAnswer] = useState(initial?.answer ?? '');
  const [askedBy, setAskedBy] = useState(initial?.askedBy ?? '');
  const [answeredBy, setAnsweredBy] = useState(initial?.answeredBy ?? '');
  const [status, setStatus] = useState<Decision['status']>(initial?.status ?? 'open');
  const [changed, setChanged] = useState(initial?.changed ?? '');
  const [reqs, setReqs] = useState<string[]>(initial?.requirements ?? []);
  const versions = doc.datasets.flatMap((d) => d.versions.map((v) => ({ name: d.name, version: v.version })));
  const [ds, setDs] = useState<string[]>((initial?.datasets ?? []).map((d) => `${d.name}@${d.version}`));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!question.trim()) return;
    onSubmit({
      question: question.trim(),
      answer,
      askedBy,
      answeredBy,
      status,
      changed,
      requirements: reqs,
      datasets: versions.filter((v) => ds.includes(`${v.name}@${v.version}`)),
    });
  };
  return (
    <form className="card" onSubmit={submit} data-testid="decision-form">
      <h2>{initial ? t('qa.editTitle', { id: initial.id }) : t('qa.newTitle')}</h2>
      <div className="form-grid">
        <label className="wide">
          {t('qa.question')}
          <textarea
            data-testid="qa-question"
            rows={2}
            value={question}
            required
            onChange={(e) => setQuestion(e.target.value)}
            autoFocus
          />
        </label>
        <label className="wide">
          {t('qa.answer')}
          <textarea data-testid="qa-answer" rows={2} value={answer} onChange={(e) => setAnswer(e.target.value)} />
        </label>
        <TextField label={t('qa.askedBy')} testId="qa-asked-by" value={askedBy} onChange={setAskedBy} />
        <TextField label={t('qa.answeredBy')} testId="qa-answered-by" value={answeredBy} onChange={setAnsweredBy} />
        <EnumSelect
          label={t('qa.status')}
          testId="qa-status"
          value={status}
          options={QA_STATUSES}
          labelOf={(s) => t(`qa.statuses.${s}`)}
          onChange={setStatus}
        />
        <TextField
          className="wide"
          label={t('qa.changed')}
          testId="qa-changed"
          value={changed}
          placeholder={t('qa.changedPlaceholder')}
          onChange={setChanged}
        />
        <CheckList
          legend={t('qa.requirements')}
          options={doc.requirements.map((r) => ({ key: r.id, label: r.id, title: r.title, testId: `qa-req-${r.id}` }))}
          chosen={reqs}
          onToggle={(id) => setReqs((x) => toggled(x, id))}
        />
        {versions.length > 0 && (
          <CheckList
            legend={t('qa.datasets')}
            options={versions.map((v) => {
              const key = `${v.name}@${v.version}`;
              return { key, label: `${v.name}@v${v.version}`, testId: `qa-ds-${key}` };
            })}
            chosen={ds}
            onToggle={(key) => setDs((x) => toggled(x, key))}
          />
        )}
      </div>
      <FormActions primary={{ label: t('qa.save'), testId: 'qa-save' }} onCancel={onCancel} />
    </form>
  );
}
