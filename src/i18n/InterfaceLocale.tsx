import type { ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/**
 * Tells react-aria the interface's language, which is the reader's choice and not necessarily the
 * browser's: with the Arabic interface on an English browser, sliders run right to left (ArrowLeft
 * raises the value), and the numbers and hidden labels react-aria writes itself are in Arabic.
 * Follows i18next, so a change of language in settings reaches react-aria at once. Only around the
 * dialogs, which hold every react-aria control: react-aria's locale module is costly to load, and the
 * first download does without it.
 */
export function InterfaceLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <I18nProvider locale={i18n.language}>{children}</I18nProvider>;
}
