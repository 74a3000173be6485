import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interview } from '../interview/generated/interview';
import { chooseSource } from '../interview/source';
import { isolate } from '../reading/direction';
import { KeyboardShortcuts } from '../keyboard/KeyboardShortcuts';
import { LineFocus } from '../line-focus/LineFocus';
import { ShortcutsButton } from '../keyboard/ShortcutsButton';
import { Article } from '../reader/Article';
import { ReadAloud } from '../read-aloud/ReadAloud';
import { ReadingModeControl } from '../reader/ReadingModeControl';
import { WhereAmI } from '../reader/WhereAmI';
import { SettingsButton } from '../settings/SettingsButton';
import { AppCommandsProvider } from '../services/AppCommands';
import { HydrateLater } from '../services/HydrateLater';
import { whenHydrated } from '../services/hydration';
import { ReaderFooter } from '../reader/ReaderFooter';
import { APP_NAME_LANG } from '../i18n/slots';
import { useAnnounce } from '../services/Announcer';
import { useStickyOffset } from '../navigation/sticky-banner';
import { BannerTools } from './BannerTools';
import { PreferenceEffects } from './PreferenceEffects';
import './banner.css';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorView } from './ErrorView';
import { LoadingView } from './LoadingView';
import { useInterview } from './useInterview';

interface AppProps {
  /** The page's query string and base address; passed in so rendering never reads `window`. */
  search: string;
  baseUrl: string;
  /** The interview already in the prerendered page. */
  prerendered?: Interview | undefined;
}

export function App({ search, baseUrl, prerendered }: AppProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const source = useMemo(() => chooseSource(search, baseUrl), [search, baseUrl]);
  const { state, retry, cancel } = useInterview(source, prerendered);
  const appName = t('app.name');
  useStickyOffset();
  const errorProps = {
    url: source.ok ? source.url.href : undefined,
    builtInHref: new URL('./', baseUrl).pathname,
  };

  // prepaint.js hid the prerendered interview while another one (?src=) loads: this render replaced it.
  useEffect(() => void delete document.documentElement.dataset['loadingOther'], []);

  // Says on <html> that the interview (or its error) is shown and every part of the page hydrated: for
  // tests and tools, which would otherwise act on a prerendered article before it answers.
  useEffect(() => {
    if (state.status === 'loading') return;
    let current = true;
    const root = document.documentElement;
    void whenHydrated().then(() => {
      if (current) root.dataset['hydrated'] = '';
    });
    return () => {
      current = false;
      delete root.dataset['hydrated'];
    };
  }, [state.status]);

  const title = state.status === 'loaded' ? state.interview.title : undefined;
  useEffect(() => {
    document.title =
      title !== undefined
        ? t('app.documentTitle', { title: isolate(title), app: appName })
        : state.status === 'error'
          ? t('app.errorTitle', { app: appName })
          : t('app.loadingTitle', { app: appName });
    if (state.status === 'loading') announce(t('loading.message'));
    // A prerendered interview was there from the start: nothing arrived to announce.
    if (title !== undefined && prerendered === undefined) announce(t('loading.loaded', { title }));
  }, [title, state.status, appName, announce, t, prerendered]);

  return (
    <AppCommandsProvider>
      <PreferenceEffects />
      <KeyboardShortcuts interview={state.status === 'loaded' ? state.interview : undefined} />
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="banner-title">
          <p className="app-name" lang={APP_NAME_LANG}>
            {appName}
          </p>
          {state.status === 'loaded' && (
            <HydrateLater>
              <WhereAmI interview={state.interview} />
            </HydrateLater>
          )}
        </div>
        <div className="app-controls">
          {state.status === 'loaded' && (
            <HydrateLater>
              <ReadingModeControl interview={state.interview} />
            </HydrateLater>
          )}
          <HydrateLater>
            <BannerTools>
              {state.status === 'loaded' && <ReadAloud />}
              <ShortcutsButton />
              <SettingsButton />
            </BannerTools>
          </HydrateLater>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main" aria-busy={state.status === 'loading'}>
        {state.status === 'loading' && <LoadingView onCancel={cancel} />}
        {state.status === 'loaded' && (
          <ErrorBoundary
            fallback={(reset) => <ErrorView failure={{ kind: 'render' }} {...errorProps} onRetry={reset} />}
          >
            <HydrateLater>
              <Article interview={state.interview} progressive={prerendered === undefined} />
            </HydrateLater>
          </ErrorBoundary>
        )}
        {state.status === 'error' && <ErrorView failure={state.failure} {...errorProps} onRetry={retry} />}
      </main>
      {state.status === 'loaded' && (
        <HydrateLater>
          <ReaderFooter interview={state.interview} />
        </HydrateLater>
      )}
      {state.status === 'loaded' && <LineFocus />}
    </AppCommandsProvider>
  );
}
