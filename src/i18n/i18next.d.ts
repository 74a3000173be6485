// The English locale is the type of every translation key: a missing or misspelt key, or a key built
// from a template that the type cannot follow, fails the typecheck.
import 'i18next';
import type en from './locales/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
