import './EvaluateForm.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDocument } from '../../../../shared/schema';
import { useActions } from '../../store/StoreContext';
import { parseOverrides, parseSettings, type Invalid, type SettingsInput } from './parse-overrides';
import { preprocessingDefaults } from './preprocessing-defaults';
import { EMPTY_PREPROCESSING, PreprocessingFields, type PreprocessingInput } from './PreprocessingFields';
import { RunSettingsFields } from './RunSettingsFields';
import { EvaluateTargetFields } from './EvaluateTargetFields';
import { ClassMismatch, TargetWarnings } from './EvaluateWarnings';
import { TrainingConfirm } from './TrainingConfirm';
import { useEvaluateTarget } from './use-evaluate-target';
import { FormActions } from '../FormActions';
import { CardHead } from '../CardHead';

/**
 * Start an evaluation: model × dataset version × split, preprocessing overrides over the
 * defaults the model implies, and run settings. Starting returns a job at once; progress shows
 * above the screen's content while the user keeps working.
 */
export function EvaluateForm({
  doc,
  initialModel,
  onStarted,
  onClose,
}: {
  doc: ProjectDocument;
  initialModel: string | null;
  onStarted: (jobId: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { run } = useActions();
  const target = useEvaluateTarget(doc, initialModel);
  const { model, version, training, asking, setAsking } = target;
  const [pre, setPre] = useState<PreprocessingInput>(EMPTY_PREPROCESSING);
  const [settings, setSettings] = useState<SettingsInput>({
    batch: '32',
    threads: '',
    bench: true,
    latencyBoundMs: '',
  });
  const [invalid, setInvalid] = useState<Invalid | null>(null);
  const defaults = model ? preprocessingDefaults(model) : null;
  const classes = version?.classes ?? [];

  const start = async (e: FormEvent) => {
    e.preventDefault();
    const o = parseOverrides(pre);
    const s = parseSettings(settings);
    const bad = 'invalid' in o ? o.invalid : 'invalid' in s ? s.invalid : null;
    setInvalid(bad);
    if (bad || !('value' in o) || !('value' in s) || !model || !version) return;
    // Scoring a model on samples it learnt from flatters it: ask before running such a split.
    if (training && !asking) {
      setAsking(true);
      return;
    }
    setAsking(false);
    const job = await run((api) =>
      api.runs.start({
        model: model.id,
        dataset: { name: target.dataName, version: version.version, ...(target.split ? { split: target.split } : {}) },
        ...(Object.keys(o.value).length > 0 ? { preprocessing: o.value } : {}),
        settings: s.value,
      }),
    );
    if (job) onStarted(job.id);
  };

  if (doc.models.length === 0 || !target.firstData) return <EvaluateMissing noModels={doc.models.length === 0} />;
  return (
    <section className="card runs-evaluate" data-testid="evaluate-form" aria-labelledby="evaluate-title">
      <CardHead
        title={t('runs.evaluate.title')}
        titleId="evaluate-title"
        closeTestId="evaluate-close"
        onClose={onClose}
      />
      <form className="runs-evaluate-form" onSubmit={(e) => void start(e)}>
        <EvaluateTargetFields doc={doc} target={target} />
        <TargetWarnings target={target} />
        <PreprocessingFields value={pre} onChange={setPre} defaults={defaults} defaultClasses={classes} />
        <ClassMismatch model={model} pre={pre} classes={classes} />
        <RunSettingsFields value={settings} onChange={setSettings} />
        {invalid && (
          <p className="field-error" role="alert" data-testid="evaluate-invalid">
            {t(`runs.evaluate.invalid.${invalid}`)}
          </p>
        )}
        {asking && <TrainingConfirm onNo={() => setAsking(false)} />}
        <FormActions
          primary={{
            label: t('runs.evaluate.start'),
            testId: 'evaluate-start',
            type: 'submit',
            disabled: !model || !version,
          }}
          hint={<span className="muted small">{t('runs.evaluate.startHint')}</span>}
        />
      </form>
    </section>
  );
}

/** In place of the form when there is nothing to evaluate yet: no model, or no registered data. */
function EvaluateMissing({ noModels }: { noModels: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="card" data-testid="evaluate-form">
      <p className="muted" data-testid="evaluate-missing">
        {noModels ? t('runs.evaluate.noModels') : t('runs.evaluate.noData')}
      </p>
    </section>
  );
}
