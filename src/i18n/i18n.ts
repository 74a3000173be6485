import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import type { Problem } from '../interview/problems';
import { PROBLEM_MESSAGES } from './labels';

/** English ships in the first download; other languages come as their own small file when chosen. */
export const resources = { en: { translation: en } } as const;
const LOADERS = {
  en: async () => en,
  es: async () => (await import('./locales/es.json')).default,
  ar: async () => (await import('./locales/ar.json')).default,
} as const;
export type Language = keyof typeof LOADERS;
export const LANGUAGES = Object.keys(LOADERS) as Language[];
export const DEFAULT_LANGUAGE: Language = 'en';

/** Makes sure a language's strings are loaded, without showing the interface in it yet. */
export async function loadLanguage(instance: I18n, language: Language): Promise<void> {
  if (!instance.hasResourceBundle(language, 'translation')) {
    instance.addResourceBundle(language, 'translation', await LOADERS[language]());
  }
}

/** Makes sure a language's strings are loaded, then shows the interface in it. */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  await loadLanguage(instance, language);
  if (instance.language !== language) await instance.changeLanguage(language);
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as string[]).includes(value);
}

/**
 * The first of the browser's languages that the interface speaks ("es-MX" is served by "es"),
 * else English.
 */
export function detectLanguage(preferred: readonly string[] | undefined): Language {
  for (const tag of preferred ?? []) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isLanguage(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

/** The reader's saved choice when the interface has it; otherwise what the browser asks for. */
export function resolveLanguage(chosen: string | null, preferred: readonly string[] | undefined): Language {
  if (chosen !== null && isLanguage(chosen)) return chosen;
  return detectLanguage(preferred);
}

/** A language's name in that language itself ("español", "العربية"), as a language menu shows it. */
export function nativeLanguageName(language: string): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
    return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
  } catch {
    return language;
  }
}

/** One i18next instance per app (and per test), with every locale bundled: no flash of keys. */
export function createI18n(language: string = DEFAULT_LANGUAGE): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    resources,
    // React escapes text itself, and the command line prints plain text.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    // The default, said out loud: i18next then takes every key as a path, instead of testing each
    // one, at every call, for whether it looks like a sentence (8 ms a load at 4× CPU, hydrating).
    keySeparator: '.',
  });
  return instance;
}

/** The sentence a person reads for a problem in a document. */
export function problemMessage(t: TFunction, problem: Problem): string {
  return t(PROBLEM_MESSAGES[problem.code], problem.params);
}
