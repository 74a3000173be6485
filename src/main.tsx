import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { AnnouncerProvider } from './app/Announcer';
import { App } from './app/App';
import { markReactAriaStylesAsShipped } from './app/csp';
import { createI18n } from './i18n/i18n';
import { applyPreferences } from './preferences/apply';
import { PreferencesProvider } from './preferences/PreferencesProvider';
import { readPreferences } from './preferences/storage';
import { directionOf } from './reading/direction';
import './styles/tokens.css';
import './styles/base.css';
import './styles/reader.css';

// Before anything renders: the reader's theme and sizes, so the first paint is already theirs.
// (The CSP allows no inline script in index.html; this module's first lines are the earliest point.)
const preferences = readPreferences();
applyPreferences(preferences, document.documentElement);
markReactAriaStylesAsShipped(document);

const i18n = createI18n('en');
document.documentElement.lang = i18n.language;
document.documentElement.dir = directionOf(i18n.language);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <PreferencesProvider initial={preferences}>
        <AnnouncerProvider>
          <App search={window.location.search} baseUrl={document.baseURI} />
        </AnnouncerProvider>
      </PreferencesProvider>
    </I18nextProvider>
  </StrictMode>,
);
