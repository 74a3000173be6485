// One way to render components in tests: inside the app's real providers (i18n and react-aria's
// locale, preferences, the announcer), so components see what they see in the app. The providers are
// a `wrapper`, so `rerender` keeps them.
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { vi, type Mock } from 'vitest';
import { App } from '../../src/app/App';
import { createI18n } from '../../src/i18n/i18n';
import { InterfaceLocale } from '../../src/i18n/InterfaceLocale';
import { DEFAULT_PREFERENCES, type Preferences } from '../../src/preferences/preferences';
import { PreferencesProvider } from '../../src/preferences/PreferencesProvider';
import { AnnouncerProvider } from '../../src/services/Announcer';
import { builtInText } from './fixtures';

interface Options {
  language?: string;
  preferences?: Partial<Preferences>;
}

export function renderWithProviders(
  ui: ReactNode,
  { preferences = {}, language = preferences.language ?? 'en' }: Options = {},
): RenderResult {
  const i18n = createI18n(language);
  const initial = { ...DEFAULT_PREFERENCES, ...preferences };
  function Providers({ children }: { children: ReactNode }) {
    return (
      <I18nextProvider i18n={i18n}>
        <InterfaceLocale>
          <PreferencesProvider initial={initial}>
            <AnnouncerProvider>{children}</AnnouncerProvider>
          </PreferencesProvider>
        </InterfaceLocale>
      </I18nextProvider>
    );
  }
  return render(ui, { wrapper: Providers });
}

/** How the stubbed server answers one path. */
export type Route = () => Response;

/** A 200 with a JSON body. */
export const json =
  (text: string): Route =>
  () =>
    new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } });

export const READER_URL = 'https://reader.example/reader/';
export const BUILT_IN_PATH = '/reader/data/sound-of-metal.json';

interface ReaderOptions extends Options {
  /** The page's query string, e.g. "?src=fixtures/minimal.json". */
  search?: string;
  baseUrl?: string;
  /** What the server answers, by path (404 for any other); by default the built-in interview. */
  routes?: Record<string, Route>;
}

export interface Reader extends RenderResult {
  /** The stubbed `fetch`, to see what was requested. */
  fetch: Mock<typeof fetch>;
  user: UserEvent;
  /** Waits until the interview's title is shown. */
  loaded: () => Promise<Reader>;
}

/**
 * The whole app, as the entry module mounts it, over a stubbed `fetch` that answers like a server.
 * Callers restore the real `fetch` with `vi.unstubAllGlobals()` after each test.
 */
export function renderReader({
  search = '',
  baseUrl = READER_URL,
  routes = { [BUILT_IN_PATH]: json(builtInText()) },
  ...options
}: ReaderOptions = {}): Reader {
  const fetch = vi.fn<typeof globalThis.fetch>(async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const route = routes[url.pathname];
    return route ? route() : new Response('Not found', { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  const result = renderWithProviders(<App search={search} baseUrl={baseUrl} />, options);
  const reader: Reader = {
    ...result,
    fetch,
    user: userEvent.setup(),
    loaded: async () => {
      await result.findByRole('heading', { level: 1 });
      return reader;
    },
  };
  return reader;
}
