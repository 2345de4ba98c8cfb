import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDocument } from '../../../../shared/schema';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../../shared/document-kinds';

export interface DocumentChoice {
  kind: DocumentKind;
  run?: string;
  dataset?: string;
}

/** Which document to write: the report, the slides, a run's model card or a version's datasheet. */
export function DocumentPicker({
  doc,
  onChange,
}: {
  doc: ProjectDocument;
  onChange: (c: DocumentChoice | null) => void;
}) {
  const { t } = useTranslation();
  const runs = doc.runs.filter((r) => r.status === 'done');
  const versions = doc.datasets.flatMap((d) => d.versions.map((v) => `${d.name}@v${v.version}`));
  const candidate = doc.iterations.findLast((i) => i.candidateRun)?.candidateRun ?? runs.at(-1)?.id ?? '';
  const [kind, setKind] = useState<DocumentKind>('report');
  const [run, setRun] = useState(candidate);
  const [dataset, setDataset] = useState(versions.at(-1) ?? '');
  useEffect(() => {
    if (kind === 'model-card') onChange(run ? { kind, run } : null);
    else if (kind === 'datasheet') onChange(dataset ? { kind, dataset } : null);
    else onChange({ kind });
  }, [kind, run, dataset, onChange]);
  return (
    <div className="row">
      <label>
        {t('present.kind')}
        <select data-testid="export-kind" value={kind} onChange={(e) => setKind(e.target.value as DocumentKind)}>
          {DOCUMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`present.kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {kind === 'model-card' && (
        <label>
          {t('present.run')}
          <select data-testid="export-run" value={run} onChange={(e) => setRun(e.target.value)}>
            {runs.map((r) => (
              <option key={r.id} value={r.id}>
                {r.id} · {doc.models.find((m) => m.id === r.model)?.name ?? r.model}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'datasheet' && (
        <label>
          {t('present.dataset')}
          <select data-testid="export-dataset" value={dataset} onChange={(e) => setDataset(e.target.value)}>
            {versions.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
