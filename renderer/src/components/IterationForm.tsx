import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Iteration, ProjectDocument, Run } from '../../../shared/schema';
import { includesTraining } from '../../../shared/training-data';
import { fmt, shortDate } from '../format';
import { CheckList, toggled } from './CheckList';
import { FormActions } from './FormActions';

export interface IterationDraft {
  name: string;
  notes: string;
  run: string;
  datasets: { name: string; version: number }[];
}

/**
 * Starts an iteration, or closes the open one: name, notes on what changed and why, the
 * candidate run and the dataset versions it stands on.
 */
export function IterationForm({
  mode,
  doc,
  open,
  onSubmit,
  onCancel,
}: {
  mode: 'start' | 'close';
  doc: ProjectDocument;
  open?: Iteration;
  onSubmit: (draft: IterationDraft) => void;
  onCancel?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const done = doc.runs.filter((r) => r.status === 'done');
  // Everything that tells two candidates apart: model, data version and split, size, accuracy, date.
  const describe = (r: Run) =>
    t('history.runOption', {
      id: r.id,
      model: doc.models.find((m) => m.id === r.model)?.name ?? r.model,
      data: r.dataset ? `${r.dataset.name}@v${r.dataset.version}${r.dataset.split ? `:${r.dataset.split}` : ''}` : '—',
      n: r.confusion?.reduce((sum, row) => sum + row.reduce((a, b) => a + b, 0), 0) ?? 0,
      accuracy: fmt(r.metrics.accuracy),
      date: shortDate(r.startedAt, i18n.language),
    }) +
    (includesTraining(doc, r) ? ` · ${t('runs.training.badge')}` : '') +
    (doc.candidate?.run === r.id ? ` · ${t('runs.candidate.badge')}` : '');
  const [name, setName] = useState(open?.name ?? t('history.defaultName', { n: doc.iterations.length + 1 }));
  const [notes, setNotes] = useState(open?.notes ?? '');
  const [run, setRun] = useState(doc.candidate?.run ?? open?.candidateRun ?? '');
  const versions = doc.datasets.flatMap((d) => d.versions.map((v) => ({ name: d.name, version: v.version })));
  const [datasets, setDatasets] = useState<string[]>((open?.datasets ?? []).map((d) => `${d.name}@${d.version}`));
  const toggle = (key: string) => setDatasets((xs) => toggled(xs, key));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({
      name: name.trim(),
      notes,
      run,
      datasets: versions.filter((v) => datasets.includes(`${v.name}@${v.version}`)),
    });
  };
  return (
    <form className="card iteration-form" onSubmit={submit} data-testid={`iteration-${mode}-form`}>
      <h2>{mode === 'start' ? t('history.startTitle') : t('history.closeTitle', { name: open?.name ?? name })}</h2>
      <div className="form-grid">
        <label>
          {t('history.name')}
          <input data-testid="iteration-name" value={name} required onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('history.candidate')}
          <select data-testid="iteration-run" value={run} onChange={(e) => setRun(e.target.value)}>
            <option value="">{mode === 'close' ? t('history.latestRun') : t('history.noCandidate')}</option>
            {done.map((r) => (
              <option key={r.id} value={r.id}>
                {describe(r)}
              </option>
            ))}
          </select>
        </label>
        <CheckList
          legend={t('history.datasets')}
          options={versions.map((v) => {
            const key = `${v.name}@${v.version}`;
            return { key, label: `${v.name}@v${v.version}`, testId: `iteration-ds-${key}` };
          })}
          chosen={datasets}
          onToggle={toggle}
          empty={<span className="muted small">{t('history.noDatasets')}</span>}
        />
        <label className="wide">
          {t('history.notes')}
          <textarea
            data-testid="iteration-notes"
            rows={2}
            value={notes}
            placeholder={t('history.notesPlaceholder')}
            onChange={(e) => setNotes(e.target.value)}
          />
        </label>
      </div>
      <FormActions
        primary={{
          label: mode === 'start' ? t('history.start') : t('history.close'),
          testId: `iteration-${mode}-submit`,
          disabled: !name.trim(),
        }}
        onCancel={onCancel}
      />
    </form>
  );
}
