import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES } from '../i18n';
import { useActions } from '../store/StoreContext';

/** English / 한국어: each language named in itself; the choice is saved in the app preferences. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const { setLanguage } = useActions();
  return (
    <select
      // Form selects fill their label's width; this one sits in a row of buttons.
      style={{ width: 'auto' }}
      data-testid="language-select"
      aria-label={t('language.label')}
      title={t('language.label')}
      value={i18n.resolvedLanguage ?? i18n.language}
      onChange={(e) => {
        if (isLanguage(e.target.value)) void setLanguage(e.target.value);
      }}
    >
      {LANGUAGES.map((lang) => (
        <option key={lang} value={lang} lang={lang}>
          {t(`language.${lang}`)}
        </option>
      ))}
    </select>
  );
}
