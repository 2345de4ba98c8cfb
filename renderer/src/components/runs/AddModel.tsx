import './AddModel.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../../shared/schema';
import { useActions } from '../../store/StoreContext';
import { ModelFacts, type Facts } from './ModelFacts';
import { CardHead } from '../CardHead';

/**
 * Register an ONNX file: a typed path (the browser host has no file dialog), its facts read
 * first so the user sees what they add, then an optional name and the data it was trained on.
 */
export function AddModel({
  datasets,
  onAdded,
  onClose,
}: {
  datasets: Dataset[];
  onAdded: (id: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { run, setProject } = useActions();
  const [path, setPath] = useState('');
  const [name, setName] = useState('');
  const [trainedOn, setTrainedOn] = useState('');
  // The facts belong to the path they were read from; editing the path asks again.
  const [inspected, setInspected] = useState<{ path: string; facts: Facts } | null>(null);
  const facts = inspected && inspected.path === path.trim() ? inspected.facts : null;

  const inspect = async (e: FormEvent) => {
    e.preventDefault();
    const p = path.trim();
    const result = await run((api) => api.models.inspect({ path: p }));
    if (!result) return;
    setInspected({ path: p, facts: result });
    // Exporters that know it (the sample's trainer does) say which data trained the model.
    const said = result.metadata['gapboard.trained_on'];
    if (said && datasets.some((d) => d.versions.some((v) => `${d.name}@v${v.version}` === said))) setTrainedOn(said);
  };
  const add = async () => {
    const [dataset, version] = trainedOn.split('@v');
    const result = await run((api) =>
      api.models.add({
        path: path.trim(),
        ...(name.trim() ? { name: name.trim() } : {}),
        ...(dataset && version ? { trainedOn: { dataset, version: Number(version) } } : {}),
      }),
    );
    if (!result) return;
    setProject(result.project);
    onAdded(result.id);
  };

  return (
    <section className="card runs-add" data-testid="add-model" aria-labelledby="add-model-title">
      <CardHead
        title={t('runs.addModel.title')}
        titleId="add-model-title"
        closeTestId="add-model-close"
        onClose={onClose}
      />
      <form className="runs-form-row" onSubmit={(e) => void inspect(e)}>
        <label className="runs-grow">
          {t('runs.addModel.path')}
          <input
            data-testid="add-model-path"
            value={path}
            onChange={(e) => setPath(e.target.value)}
            placeholder={t('runs.addModel.pathPlaceholder')}
            autoFocus
          />
        </label>
        <button type="submit" data-testid="add-model-inspect" disabled={!path.trim()}>
          {t('runs.addModel.inspect')}
        </button>
      </form>
      {facts && (
        <>
          <ModelFacts facts={facts} testId="inspect-facts" />
          <div className="runs-form-row">
            <label className="runs-grow">
              {t('runs.addModel.name')}
              <input
                data-testid="add-model-name"
                value={name}
                onChange={(e) => setName(e.target.value)}
                placeholder={t('runs.addModel.namePlaceholder')}
              />
            </label>
            <label>
              {t('runs.addModel.trainedOn')}
              <select
                data-testid="add-model-trained-on"
                value={trainedOn}
                onChange={(e) => setTrainedOn(e.target.value)}
              >
                <option value="">{t('runs.addModel.notSaid')}</option>
                {datasets.flatMap((d) =>
                  d.versions.map((v) => (
                    <option key={`${d.name}@v${v.version}`} value={`${d.name}@v${v.version}`}>
                      {d.name}@v{v.version}
                    </option>
                  )),
                )}
              </select>
            </label>
            <button className="primary" data-testid="add-model-submit" onClick={() => void add()}>
              {t('runs.addModel.add')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
