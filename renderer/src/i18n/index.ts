import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';

/** One i18next instance; Korean joins as a second resource with the same keys. */
export async function initI18n(language: string): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
