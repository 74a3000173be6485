// What reaches the screen is clean text in every locale: no {{placeholder}} left uninterpolated, and no
// direction control characters (names are isolated by <bdi> elements, not by U+2066–U+2069 or
// U+202A–U+202E spliced into sentences), on the interview, in the glossary and on the error pages.
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { createI18n } from '../../src/i18n/i18n';
import ar from '../../src/i18n/locales/ar.json';
import es from '../../src/i18n/locales/es.json';
import { DEFAULT_PREFERENCES } from '../../src/preferences/preferences';
import { PreferencesProvider } from '../../src/preferences/PreferencesProvider';
import { AnnouncerProvider } from '../../src/services/Announcer';
import { builtInText, fixtureText } from './fixtures';

const BASE = 'https://reader.example/reader/index.html';
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;

function renderIn(language: string, search: string, answer: () => Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => answer()),
  );
  const i18n = createI18n('en');
  i18n.addResourceBundle('es', 'translation', es);
  i18n.addResourceBundle('ar', 'translation', ar);
  void i18n.changeLanguage(language);
  render(
    <I18nextProvider i18n={i18n}>
      <PreferencesProvider initial={DEFAULT_PREFERENCES}>
        <AnnouncerProvider>
          <App search={search} baseUrl={BASE} />
        </AnnouncerProvider>
      </PreferencesProvider>
    </I18nextProvider>,
  );
}

const json = (text: string) => () =>
  new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } });

/** Everything in the page a reader can see or hear, hidden definitions and labels included. */
const pageText = () => document.body.textContent ?? '';

afterEach(() => vi.unstubAllGlobals());

describe.each(['en', 'es', 'ar'])('the %s interface', (language) => {
  it('shows the built-in interview with no placeholder and no direction control character', async () => {
    renderIn(language, '', json(builtInText()));
    await screen.findByRole('heading', { level: 1 });
    // The glossary's "also called" sentence, which once showed "{{aliases}}".
    expect(document.querySelector('dd.aliases')?.textContent).toMatch(/American Sign Language/);
    expect(pageText()).not.toContain('{{');
    expect(pageText()).not.toMatch(CONTROLS);
  });

  it('keeps a document’s own override inside its <bdi>, and adds none of its own', async () => {
    renderIn(language, '?src=fixtures/bidi-names.json', json(fixtureText('bidi-names')));
    await screen.findByRole('heading', { level: 1 });
    // The only control characters are the document's, each inside an element that isolates it.
    const text = pageText();
    expect(text).not.toContain('{{');
    expect(text).not.toMatch(/[\u2066-\u2069]/u);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let checked = 0;
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (!CONTROLS.test(node.textContent ?? '')) continue;
      // Isolated by its own element: a <bdi>, or the title heading that is all the document's text;
      // or spoken only, in the live region (speech has no direction to leak).
      const own = node.parentElement?.matches('bdi, h1') ?? false;
      const spoken = node.parentElement?.closest('[data-testid="announcer"]') != null;
      expect(own || spoken, node.textContent ?? '').toBe(true);
      checked += 1;
    }
    // The title, the publication, an author, a speaker's name and short name: all there, all isolated.
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it('shows an address in an error without placeholder or control character', async () => {
    renderIn(language, '?src=missing.json', () => new Response('Not found', { status: 404 }));
    const alert = await screen.findByRole('alert');
    expect(alert.querySelector('bdi[dir="ltr"]')?.textContent).toBe(
      'https://reader.example/reader/missing.json',
    );
    expect(pageText()).not.toContain('{{');
    expect(pageText()).not.toMatch(CONTROLS);
  });
});
