import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreference } from '../preferences/PreferencesProvider';
import { directionOf } from '../reading/direction';
import { whenHydrated } from '../services/hydration';
import { resolveLanguage, switchLanguage } from './i18n';

/** Shows the interface in the reader's language and keeps `<html lang dir>` in step with it. */
export function useInterfaceLanguage(): void {
  const { i18n } = useTranslation();
  const chosen = usePreference('language');

  useEffect(() => {
    const language = resolveLanguage(chosen, navigator.languages);
    if (i18n.language === language) return;
    // Not while parts of a prerendered page still wait to be hydrated in the language of their HTML.
    let current = true;
    void whenHydrated().then(() => {
      if (current && i18n.language !== language) void switchLanguage(i18n, language);
    });
    return () => {
      current = false;
    };
  }, [chosen, i18n]);

  useEffect(() => {
    const apply = (language: string) => {
      // Only what differs: writing even the same lang or dir restyles every element (:lang, :dir).
      const root = document.documentElement;
      const dir = directionOf(language);
      if (root.lang !== language) root.lang = language;
      if (root.dir !== dir) root.dir = dir;
    };
    apply(i18n.language);
    i18n.on('languageChanged', apply);
    return () => i18n.off('languageChanged', apply);
  }, [i18n]);
}
