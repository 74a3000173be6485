import { StrictMode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { Interview } from '../interview/generated/interview';
import type { Preferences } from '../preferences/preferences';
import { PreferencesProvider } from '../preferences/PreferencesProvider';
import { AnnouncerProvider } from '../services/Announcer';
import { PrerenderedPage } from '../services/HydrateLater';
import { App } from './App';

export interface AppRootProps {
  i18n: I18n;
  preferences: Preferences;
  /** What the prerendered page was rendered with; while hydrating, the tree must render exactly that. */
  serverPreferences?: Preferences | undefined;
  /** The interview already in the page (prerendered), so nothing is fetched. */
  prerendered?: Interview | undefined;
  search: string;
  baseUrl: string;
}

/** The whole app with its providers: the same tree in the browser and in the prerender at build time. */
export function AppRoot({
  i18n,
  preferences,
  serverPreferences,
  prerendered,
  search,
  baseUrl,
}: AppRootProps) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <PreferencesProvider initial={preferences} server={serverPreferences}>
          <AnnouncerProvider>
            <PrerenderedPage.Provider value={prerendered !== undefined}>
              <App search={search} baseUrl={baseUrl} prerendered={prerendered} />
            </PrerenderedPage.Provider>
          </AnnouncerProvider>
        </PreferencesProvider>
      </I18nextProvider>
    </StrictMode>
  );
}
