import './EvaluateForm.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDocument } from '../../../../shared/schema';
import { splitIncludesTraining } from '../../../../shared/training-data';
import { runMustRequirements, scopeAdmits } from '../../../../shared/run-scope';
import { useActions } from '../../store/StoreContext';
import { formDefaults } from './evaluate-defaults';
import { parseOverrides, parseSettings, type Invalid, type SettingsInput } from './parse-overrides';
import { preprocessingDefaults } from './preprocessing-defaults';
import { EMPTY_PREPROCESSING, PreprocessingFields, type PreprocessingInput } from './PreprocessingFields';
import { RunSettingsFields } from './RunSettingsFields';
import { FormActions } from '../FormActions';

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
  const [modelId, setModelId] = useState(initialModel ?? doc.models.at(-1)?.id ?? '');
  const firstData = doc.datasets.find((d) => d.versions.length > 0);
  // Start on the data the must requirements are scored on, so the default run is one the board
  // can use; without such a scope, the newest version's non-training split when there is one.
  const [initial] = useState(() => formDefaults(doc));
  const [dataName, setDataName] = useState(initial.name ?? firstData?.name ?? '');
  const dataset = doc.datasets.find((d) => d.name === dataName);
  const newest = dataset ? Math.max(...dataset.versions.map((v) => v.version)) : 0;
  const [versionPick, setVersionPick] = useState<number | null>(initial.version ?? null);
  const versionNo =
    versionPick !== null && dataset?.versions.some((v) => v.version === versionPick) ? versionPick : newest;
  const version = dataset?.versions.find((v) => v.version === versionNo);
  const [split, setSplit] = useState(initial.split ?? '');
  const [asking, setAsking] = useState(false);
  const training = version ? splitIncludesTraining(version, split || undefined) : false;
  const musts = runMustRequirements(doc);
  const scored = musts.filter((r) =>
    scopeAdmits(r.scope, { name: dataName, version: versionNo, ...(split ? { split } : {}) }),
  );
  const [pre, setPre] = useState<PreprocessingInput>(EMPTY_PREPROCESSING);
  const [settings, setSettings] = useState<SettingsInput>({
    batch: '32',
    threads: '',
    bench: true,
    latencyBoundMs: '',
  });
  const [invalid, setInvalid] = useState<Invalid | null>(null);
  const model = doc.models.find((m) => m.id === modelId);
  const defaults = model ? preprocessingDefaults(model) : null;
  const splits = Object.keys(version?.stats.splits ?? {});
  const classes = version?.classes ?? [];
  // A classifier's last output dim should match the class list; say so before the run fails.
  const outDim = model?.outputs[0]?.shape.at(-1);
  const chosenClasses = pre.classes.trim() ? pre.classes.split(',').filter((c) => c.trim()).length : classes.length;
  const mismatch = typeof outDim === 'number' && outDim > 1 && chosenClasses > 0 && outDim !== chosenClasses;

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
        dataset: { name: dataName, version: version.version, ...(split ? { split } : {}) },
        ...(Object.keys(o.value).length > 0 ? { preprocessing: o.value } : {}),
        settings: s.value,
      }),
    );
    if (job) onStarted(job.id);
  };

  if (doc.models.length === 0 || !firstData) {
    return (
      <section className="card" data-testid="evaluate-form">
        <p className="muted" data-testid="evaluate-missing">
          {doc.models.length === 0 ? t('runs.evaluate.noModels') : t('runs.evaluate.noData')}
        </p>
      </section>
    );
  }
  return (
    <section className="card runs-evaluate" data-testid="evaluate-form" aria-labelledby="evaluate-title">
      <div className="row">
        <h2 id="evaluate-title">{t('runs.evaluate.title')}</h2>
        <span className="spacer" />
        <button type="button" data-testid="evaluate-close" onClick={onClose}>
          {t('actions.cancel')}
        </button>
      </div>
      <form className="runs-evaluate-form" onSubmit={(e) => void start(e)}>
        <div className="runs-pre-grid">
          <label>
            {t('runs.evaluate.model')}
            <select data-testid="evaluate-model" value={modelId} onChange={(e) => setModelId(e.target.value)}>
              {doc.models.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('runs.evaluate.dataset')}
            <select
              data-testid="evaluate-dataset"
              value={dataName}
              onChange={(e) => {
                setDataName(e.target.value);
                setVersionPick(null);
                setSplit('');
                setAsking(false);
              }}
            >
              {doc.datasets
                .filter((d) => d.versions.length > 0)
                .map((d) => (
                  <option key={d.name} value={d.name}>
                    {d.name}
                  </option>
                ))}
            </select>
          </label>
          <label>
            {t('runs.evaluate.version')}
            <select
              data-testid="evaluate-version"
              value={versionNo}
              onChange={(e) => setVersionPick(Number(e.target.value))}
            >
              {[...(dataset?.versions ?? [])].reverse().map((v) => (
                <option key={v.version} value={v.version}>
                  v{v.version} · {t('runs.evaluate.samples', { count: v.stats.count })}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('runs.evaluate.split')}
            <select
              data-testid="evaluate-split"
              value={split}
              onChange={(e) => {
                setSplit(e.target.value);
                setAsking(false);
              }}
            >
              <option value="">{t('runs.evaluate.allSplits')}</option>
              {splits.map((s) => (
                <option key={s} value={s}>
                  {s} ({version?.stats.splits[s]})
                </option>
              ))}
            </select>
          </label>
        </div>
        {training && (
          <p className="banner banner-warn" data-testid="evaluate-training-warn">
            ⚠ {t('runs.training.formWarn')}
          </p>
        )}
        {musts.length > 0 && scored.length === 0 && (
          <p className="banner banner-warn" data-testid="evaluate-no-must">
            ⚠ {t('runs.evaluate.noMust', { count: musts.length })}
          </p>
        )}
        <PreprocessingFields value={pre} onChange={setPre} defaults={defaults} defaultClasses={classes} />
        {mismatch && (
          <p className="banner banner-warn" data-testid="evaluate-class-mismatch">
            ⚠ {t('runs.evaluate.classMismatch', { outputs: outDim, classes: chosenClasses })}
          </p>
        )}
        <RunSettingsFields value={settings} onChange={setSettings} />
        {invalid && (
          <p className="field-error" role="alert" data-testid="evaluate-invalid">
            {t(`runs.evaluate.invalid.${invalid}`)}
          </p>
        )}
        {asking && (
          <div className="banner banner-warn row" role="alertdialog" data-testid="evaluate-training-confirm">
            <span>{t('runs.training.confirm')}</span>
            <span className="spacer" />
            <button type="submit" data-testid="evaluate-training-yes">
              {t('runs.training.yes')}
            </button>
            <button type="button" data-testid="evaluate-training-no" onClick={() => setAsking(false)}>
              {t('actions.cancel')}
            </button>
          </div>
        )}
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
