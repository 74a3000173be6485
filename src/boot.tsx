import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppRoot } from './app/AppRoot';
import { markReactAriaStylesAsShipped } from './app/csp';
import { createI18n, DEFAULT_LANGUAGE, loadLanguage, resolveLanguage, switchLanguage } from './i18n/i18n';
import type { Interview } from './interview/generated/interview';
import { applyMode, applyPreferences } from './preferences/apply';
import { DEFAULT_PREFERENCES } from './preferences/preferences';
import { readPreferences } from './preferences/storage';
import { expectHydration } from './services/hydration';
import { withModeFromAddress } from './reader/mode-address';
import { makeViewAhead } from './reader/view-ahead';
import { directionOf } from './reading/direction';

export async function boot(): Promise<void> {
  // prepaint.js already put the saved preferences on <html> before the first paint; a link's ?mode= wins
  // over the saved mode, and is then saved like any choice.
  const search = window.location.search;
  const preferences = withModeFromAddress(readPreferences(), search);
  const html = document.documentElement;
  // Already there when prepaint.js ran (the dev server has no prepaint.js): an equal write restyles.
  if (html.dataset['scripted'] === undefined) html.dataset['scripted'] = '';
  applyPreferences(preferences, html);
  applyMode(preferences.mode, html);
  markReactAriaStylesAsShipped(document);

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const props = { preferences, search, baseUrl: document.baseURI };

  // The built-in interview is prerendered into the page with its data beside it: the page is read as it
  // came, and the app hydrates it in the language and preferences it was rendered with, then takes on the
  // reader's own (the interface language switches in an effect, once hydrated). ?src= opens another one.
  const embedded = document.getElementById('interview-data');
  if (embedded?.textContent && !new URLSearchParams(search).has('src')) {
    const prerendered = JSON.parse(embedded.textContent) as Interview;
    const i18n = createI18n(DEFAULT_LANGUAGE);
    // The reader's language file comes first, so the switch just after hydrating is at once, not a
    // round trip later while the reader is already tabbing through a page in the wrong language.
    await loadLanguage(i18n, resolveLanguage(preferences.language, navigator.languages)).catch(() => {});
    makeViewAhead(prerendered, i18n.language);
    expectHydration(root);
    hydrateRoot(
      root,
      <AppRoot i18n={i18n} {...props} serverPreferences={DEFAULT_PREFERENCES} prerendered={prerendered} />,
    );
  } else {
    // The loader's code downloads while the strings do (useInterview asks for it once rendered).
    void import('./interview/load').catch(() => {});
    const i18n = createI18n(DEFAULT_LANGUAGE);
    // The reader's language before the first render; if its file cannot be fetched, English still works.
    await switchLanguage(i18n, resolveLanguage(preferences.language, navigator.languages)).catch(() => {});
    const dir = directionOf(i18n.language);
    if (html.lang !== i18n.language) html.lang = i18n.language;
    if (html.dir !== dir) html.dir = dir;
    createRoot(root).render(<AppRoot i18n={i18n} {...props} />);
  }
}
