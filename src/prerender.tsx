// The build's server-side entry: renders the app around an interview to HTML, exactly as the browser
// will hydrate it (English interface, default preferences, the original mode's radio checked).
import { renderToString } from 'react-dom/server';
import { AppRoot } from './app/AppRoot';
import { createI18n, DEFAULT_LANGUAGE } from './i18n/i18n';
import type { Interview } from './interview/generated/interview';
import { DEFAULT_PREFERENCES } from './preferences/preferences';
import { validateInterview } from './interview/validate';
import { isolate } from './reading/direction';

export interface Prerendered {
  /** The app's markup, for inside #root. */
  html: string;
  /** The tab's title, as the app sets it. */
  title: string;
}

export function prerender(interview: Interview): Prerendered {
  const i18n = createI18n(DEFAULT_LANGUAGE);
  const html = renderToString(
    <AppRoot
      i18n={i18n}
      preferences={DEFAULT_PREFERENCES}
      serverPreferences={DEFAULT_PREFERENCES}
      prerendered={interview}
      search=""
      baseUrl="https://prerender.invalid/"
    />,
  );
  // As the app titles the tab once it runs: the document's title isolated, since a title holds no <bdi>.
  const title = i18n.t('app.documentTitle', { title: isolate(interview.title), app: i18n.t('app.name') });
  return { html, title };
}

/** The build checks an interview with the app's own validator before it prerenders it. */
export function validate(document: unknown) {
  const result = validateInterview(document);
  return result.ok
    ? { ok: true as const, interview: result.interview }
    : { ok: false as const, problems: result.problems.map((p) => `${p.pointer}: ${p.code}`) };
}
