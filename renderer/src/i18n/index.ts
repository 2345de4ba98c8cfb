import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Prefs } from '../../../shared/contract';
import { LANGUAGES as UI_LANGUAGES } from '../../../shared/vocabulary';
import { en } from './en';
import { ko } from './ko';

export type Language = Prefs['language'];

/** The UI languages, in the order the language selector lists them. */
export const LANGUAGES: readonly Language[] = UI_LANGUAGES;

export const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

/** `<html lang>` follows the UI language, so screen readers and CJK line breaking use the right rules. */
function setDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** One i18next instance with both catalogues; the saved preference picks the language at boot. */
export async function initI18n(language: string): Promise<typeof i18next> {
  i18next.on('languageChanged', setDocumentLanguage);
  await i18next.use(initReactI18next).init({
    lng: isLanguage(language) ? language : 'en',
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    resources: { en: { translation: en }, ko: { translation: ko } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  setDocumentLanguage(i18next.language);
  return i18next;
}

/** Switches the UI language at once (every `useTranslation` re-renders); persisting is the store's job. */
export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
}
