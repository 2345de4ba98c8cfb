import { useTranslation } from 'react-i18next';
import { THEMES } from '../../../shared/vocabulary';
import { selectPrefs } from '../store/selectors';
import { useActions, useAppStore } from '../store/StoreContext';

/** System / Light / Dark: saved in the app preferences, like the language. */
export function ThemeSelect() {
  const { t } = useTranslation();
  const prefs = useAppStore(selectPrefs);
  const { setTheme } = useActions();
  return (
    <select
      // Form selects fill their label's width; this one sits in a row of buttons.
      style={{ width: 'auto' }}
      data-testid="theme-select"
      aria-label={t('theme.label')}
      title={t('theme.label')}
      value={prefs?.theme ?? 'system'}
      onChange={(e) => {
        const theme = THEMES.find((x) => x === e.target.value);
        if (theme) void setTheme(theme);
      }}
    >
      {THEMES.map((theme) => (
        <option key={theme} value={theme}>
          {t(`theme.${theme}`)}
        </option>
      ))}
    </select>
  );
}
