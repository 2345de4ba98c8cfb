import { useTranslation } from 'react-i18next';
import type { ProjectDocument } from '../../../../shared/schema';
import type { EvaluateTarget } from './use-evaluate-target';

/** The four choices of an evaluation: model, dataset, version (newest first) and split. */
export function EvaluateTargetFields({ doc, target }: { doc: ProjectDocument; target: EvaluateTarget }) {
  const { t } = useTranslation();
  const { modelId, dataName, dataset, versionNo, version, split } = target;
  const splits = Object.keys(version?.stats.splits ?? {});
  return (
    <div className="runs-pre-grid">
      <label>
        {t('runs.evaluate.model')}
        <select data-testid="evaluate-model" value={modelId} onChange={(e) => target.setModelId(e.target.value)}>
          {doc.models.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('runs.evaluate.dataset')}
        <select data-testid="evaluate-dataset" value={dataName} onChange={(e) => target.pickDataset(e.target.value)}>
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
          onChange={(e) => target.setVersionPick(Number(e.target.value))}
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
        <select data-testid="evaluate-split" value={split} onChange={(e) => target.pickSplit(e.target.value)}>
          <option value="">{t('runs.evaluate.allSplits')}</option>
          {splits.map((s) => (
            <option key={s} value={s}>
              {s} ({version?.stats.splits[s]})
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
