import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import type { Problem } from '../interview/problems';

export const resources = { en: { translation: en } } as const;
export type Language = keyof typeof resources;
export const LANGUAGES = Object.keys(resources) as Language[];

/** One i18next instance per app (and per test), with every locale bundled: no flash of keys. */
export function createI18n(language: string = 'en'): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: LANGUAGES,
    resources,
    // React escapes text itself, and the command line prints plain text.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** The sentence a person reads for a problem in a document. */
export function problemMessage(t: TFunction, problem: Problem): string {
  return t(`problem.${problem.code}`, problem.params);
}
