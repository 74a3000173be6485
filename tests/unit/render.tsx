// One way to render components in tests: inside the app's real providers (i18n and react-aria's
// locale, preferences, the announcer), so components see what they see in the app.
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { AnnouncerProvider } from '../../src/services/Announcer';
import { createI18n } from '../../src/i18n/i18n';
import { InterfaceLocale } from '../../src/i18n/InterfaceLocale';
import { DEFAULT_PREFERENCES, type Preferences } from '../../src/preferences/preferences';
import { PreferencesProvider } from '../../src/preferences/PreferencesProvider';

interface Options {
  language?: string;
  preferences?: Partial<Preferences>;
}

export function renderWithProviders(
  ui: ReactNode,
  { preferences = {}, language = preferences.language ?? 'en' }: Options = {},
): RenderResult {
  const i18n = createI18n(language);
  return render(
    <I18nextProvider i18n={i18n}>
      <InterfaceLocale>
        <PreferencesProvider initial={{ ...DEFAULT_PREFERENCES, ...preferences }}>
          <AnnouncerProvider>{ui}</AnnouncerProvider>
        </PreferencesProvider>
      </InterfaceLocale>
    </I18nextProvider>,
  );
}
