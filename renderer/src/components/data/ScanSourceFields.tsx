import { useTranslation } from 'react-i18next';
import { TextField } from '../TextField';

export type Layout = 'auto' | 'imagefolder' | 'csv' | 'jsonl';

/** What a scan reads: the dataset's name, the folder or file, its layout and a CSV's label column. */
export interface ScanSource {
  name: string;
  source: string;
  layout: Layout;
  labelColumn: string;
}

/** Whether the source is read as CSV: chosen so, or guessed from the file's extension. */
export const readsCsv = (s: ScanSource) =>
  s.layout === 'csv' || (s.layout === 'auto' && /\.csv$/i.test(s.source.trim()));

/** The scan request for the API: the layout only when chosen, the label column only for CSV. */
export const scanRequest = (s: ScanSource) => ({
  name: s.name.trim(),
  source: s.source.trim(),
  ...(s.layout !== 'auto' ? { layout: s.layout } : {}),
  ...(readsCsv(s) && s.labelColumn.trim() ? { labelColumn: s.labelColumn.trim() } : {}),
});

/** The scan's source fields; `locked` while a scan runs or its result waits for review. */
export function ScanSourceFields({
  value,
  onChange,
  names,
  locked,
}: {
  value: ScanSource;
  onChange: (next: ScanSource) => void;
  names: string[];
  locked: boolean;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof ScanSource>(key: K, v: ScanSource[K]) => onChange({ ...value, [key]: v });
  return (
    <>
      <label>
        {t('data.datasetName')}
        <input
          data-testid="register-name"
          list="dataset-names"
          value={value.name}
          onChange={(e) => set('name', e.target.value)}
          placeholder={t('data.datasetNamePlaceholder')}
          disabled={locked}
        />
        <datalist id="dataset-names">
          {names.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
      </label>
      <TextField
        className="span2"
        label={t('data.source')}
        testId="register-path"
        value={value.source}
        onChange={(v) => set('source', v)}
        placeholder={t('data.sourcePlaceholder')}
        disabled={locked}
      />
      <label>
        {t('data.layout')}
        <select
          data-testid="register-layout"
          value={value.layout}
          onChange={(e) => set('layout', e.target.value as Layout)}
          disabled={locked}
        >
          {(['auto', 'imagefolder', 'csv', 'jsonl'] as const).map((l) => (
            <option key={l} value={l}>
              {t(`data.layouts.${l}`)}
            </option>
          ))}
        </select>
      </label>
      {readsCsv(value) && (
        <TextField
          label={t('data.labelColumn')}
          testId="register-label-column"
          value={value.labelColumn}
          onChange={(v) => set('labelColumn', v)}
          disabled={locked}
        />
      )}
    </>
  );
}
