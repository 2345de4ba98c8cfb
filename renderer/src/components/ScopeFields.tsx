import { useTranslation } from 'react-i18next';
import type { ProjectDocument } from '../../../shared/schema';

export interface ScopeDraft {
  dataset?: string;
  version?: number;
  split?: string;
  slice?: string;
}

/** Dataset, version, split and slice a requirement is measured on (all optional: any data). */
export function ScopeFields({
  doc,
  scope,
  onChange,
}: {
  doc: ProjectDocument;
  scope: ScopeDraft;
  onChange: (s: ScopeDraft) => void;
}) {
  const { t } = useTranslation();
  const ds = doc.datasets.find((d) => d.name === scope.dataset);
  const versions = ds ? ds.versions : doc.datasets.flatMap((d) => d.versions);
  const keysOf = (pick: 'splits' | 'slices') =>
    [...new Set(versions.flatMap((v) => Object.keys(v.stats[pick])))].sort();
  const set = (patch: ScopeDraft) => {
    const next: ScopeDraft = { ...scope, ...patch };
    for (const k of Object.keys(next) as (keyof ScopeDraft)[])
      if (next[k] === undefined || next[k] === '') delete next[k];
    onChange(next);
  };
  return (
    <fieldset className="wide scope" data-testid="req-scope">
      <legend>{t('requirements.scope')}</legend>
      <label>
        {t('requirements.dataset')}
        <select
          data-testid="req-scope-dataset"
          value={scope.dataset ?? ''}
          onChange={(e) => set({ dataset: e.target.value || undefined, version: undefined })}
        >
          <option value="">{t('requirements.anyData')}</option>
          {doc.datasets.map((d) => (
            <option key={d.name} value={d.name}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('requirements.version')}
        <select
          data-testid="req-scope-version"
          value={scope.version ?? ''}
          disabled={!ds}
          onChange={(e) => set({ version: e.target.value ? Number(e.target.value) : undefined })}
        >
          <option value="">{t('requirements.anyVersion')}</option>
          {ds?.versions.map((v) => (
            <option key={v.version} value={v.version}>
              v{v.version}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('requirements.split')}
        <input
          data-testid="req-scope-split"
          list="scope-splits"
          value={scope.split ?? ''}
          onChange={(e) => set({ split: e.target.value })}
        />
        <datalist id="scope-splits">
          {keysOf('splits').map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </label>
      <label>
        {t('requirements.slice')}
        <input
          data-testid="req-scope-slice"
          list="scope-slices"
          value={scope.slice ?? ''}
          onChange={(e) => set({ slice: e.target.value })}
        />
        <datalist id="scope-slices">
          {keysOf('slices').map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </label>
    </fieldset>
  );
}
