import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseSource } from '../interview/source';
import { KeyboardShortcuts } from '../keyboard/KeyboardShortcuts';
import { LineFocus } from '../line-focus/LineFocus';
import { ShortcutsButton } from '../keyboard/ShortcutsButton';
import { Article } from '../reader/Article';
import { ReadAloud } from '../read-aloud/ReadAloud';
import { ReadingModeControl } from '../reader/ReadingModeControl';
import { WhereAmI } from '../reader/WhereAmI';
import { SettingsButton } from '../settings/SettingsButton';
import { AppCommandsProvider } from '../services/AppCommands';
import { ReaderFooter } from '../reader/ReaderFooter';
import { useAnnounce } from '../services/Announcer';
import { PreferenceEffects } from './PreferenceEffects';
import { ErrorView } from './ErrorView';
import { useInterview } from './useInterview';

interface AppProps {
  /** The page's query string and base address; passed in so rendering never reads `window`. */
  search: string;
  baseUrl: string;
}

export function App({ search, baseUrl }: AppProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const source = useMemo(() => chooseSource(search, baseUrl), [search, baseUrl]);
  const { state, retry } = useInterview(source);
  const appName = t('app.name');

  const title = state.status === 'loaded' ? state.interview.title : undefined;
  useEffect(() => {
    document.title =
      title !== undefined
        ? t('app.documentTitle', { title, app: appName })
        : state.status === 'error'
          ? t('app.errorTitle', { app: appName })
          : t('app.loadingTitle', { app: appName });
    if (state.status === 'loading') announce(t('loading.message'));
    if (title !== undefined) announce(t('loading.loaded', { title }));
  }, [title, state.status, appName, announce, t]);

  return (
    <AppCommandsProvider>
      <PreferenceEffects />
      <KeyboardShortcuts interview={state.status === 'loaded' ? state.interview : undefined} />
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <p className="app-name">{appName}</p>
        <div className="app-controls">
          {state.status === 'loaded' && <ReadingModeControl interview={state.interview} />}
          {state.status === 'loaded' && <ReadAloud />}
          <ShortcutsButton />
          <SettingsButton />
        </div>
        {state.status === 'loaded' && <WhereAmI interview={state.interview} />}
      </header>
      <main id="main" tabIndex={-1} className="site-main" aria-busy={state.status === 'loading'}>
        {state.status === 'loading' && <p className="loading">{t('loading.message')}</p>}
        {state.status === 'loaded' && <Article interview={state.interview} />}
        {state.status === 'error' && (
          <ErrorView
            failure={state.failure}
            url={source.ok ? source.url.href : undefined}
            builtInHref={new URL('./', baseUrl).pathname}
            onRetry={retry}
          />
        )}
      </main>
      {state.status === 'loaded' && <ReaderFooter interview={state.interview} />}
      {state.status === 'loaded' && <LineFocus />}
    </AppCommandsProvider>
  );
}
