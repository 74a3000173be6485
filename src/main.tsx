import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { AnnouncerProvider } from './services/Announcer';
import { App } from './app/App';
import { markReactAriaStylesAsShipped } from './app/csp';
import { createI18n, DEFAULT_LANGUAGE, resolveLanguage, switchLanguage } from './i18n/i18n';
import { InterfaceLocale } from './i18n/InterfaceLocale';
import { applyPreferences } from './preferences/apply';
import { PreferencesProvider } from './preferences/PreferencesProvider';
import { readPreferences } from './preferences/storage';
import { withModeFromAddress } from './reader/mode-address';
import { directionOf } from './reading/direction';
import './styles/tokens.css';
import './styles/themes.css';
import './styles/fonts.css';
import './styles/base.css';
import './styles/reader.css';

// Before anything renders: the reader's theme and sizes, so the first paint is already theirs.
// (The CSP allows no inline script in index.html; this module's first lines are the earliest point.)
// A link's ?mode= wins over the saved mode, and is then saved like any choice.
const preferences = withModeFromAddress(readPreferences(), window.location.search);
applyPreferences(preferences, document.documentElement);
markReactAriaStylesAsShipped(document);

const i18n = createI18n(DEFAULT_LANGUAGE);
// The reader's language before the first paint; if its file cannot be fetched, English still works.
await switchLanguage(i18n, resolveLanguage(preferences.language, navigator.languages)).catch(() => {});
document.documentElement.lang = i18n.language;
document.documentElement.dir = directionOf(i18n.language);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <InterfaceLocale>
        <PreferencesProvider initial={preferences}>
          <AnnouncerProvider>
            <App search={window.location.search} baseUrl={document.baseURI} />
          </AnnouncerProvider>
        </PreferencesProvider>
      </InterfaceLocale>
    </I18nextProvider>
  </StrictMode>,
);
