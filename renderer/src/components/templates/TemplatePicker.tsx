import { useTranslation } from 'react-i18next';
import type { Localized, RequirementTemplate } from '../../../../shared/contract/template-methods';

/** Text of a template in the UI language (a user's own template has one text for both). */
export function useLocalize(): (text: Localized) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'ko' ? 'ko' : 'en';
  return (text) => (typeof text === 'string' ? text : text[lang]);
}

/** A select over the templates: built-in first, then the user's; `noneLabel` adds an empty choice. */
export function TemplatePicker({
  templates,
  value,
  onChange,
  testId,
  noneLabel,
}: {
  templates: RequirementTemplate[];
  value: string;
  onChange: (id: string) => void;
  testId: string;
  noneLabel?: string;
}) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const group = (builtIn: boolean) => templates.filter((x) => x.builtIn === builtIn);
  return (
    <select data-testid={testId} value={value} onChange={(e) => onChange(e.target.value)}>
      {noneLabel !== undefined && <option value="">{noneLabel}</option>}
      {([true, false] as const).map(
        (builtIn) =>
          group(builtIn).length > 0 && (
            <optgroup key={String(builtIn)} label={t(builtIn ? 'templates.builtIn' : 'templates.yours')}>
              {group(builtIn).map((x) => (
                <option key={x.id} value={x.id}>
                  {localize(x.name)}
                </option>
              ))}
            </optgroup>
          ),
      )}
    </select>
  );
}
