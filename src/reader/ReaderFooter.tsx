import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interview } from '../interview/generated/interview';
import { formatPublishedDate } from '../reading/dates';
import { APP_NAME_LANG, joinText, Sentence, sentence } from '../i18n/slots';
import { formatList } from '../reading/lists';

/** The page's contentinfo: where the interview comes from, who wrote it, when, and a link to it. */
export function ReaderFooter({ interview }: { interview: Interview }) {
  const { t, i18n } = useTranslation();
  const { source } = interview;
  const address = usePageAddress();
  // Names and titles from the document: isolated inside the interface's sentences, in the document's language.
  const publication = <bdi lang={interview.lang}>{source.publication}</bdi>;
  const authors = <bdi lang={interview.lang}>{formatList(source.authors, i18n.language)}</bdi>;
  const sourceSentence = sentence(t, 'footer.source', { publication });
  const authorsSentence = sentence(t, 'footer.authors', { authors });
  return (
    <footer className="site-footer">
      <p>
        {/* One text between the names and the date, spaces and all: see joinText. */}
        {joinText(
          sourceSentence,
          ' ',
          authorsSentence,
          ` ${t('footer.published')} `,
          <time dateTime={source.published}>{formatPublishedDate(source.published, i18n.language)}</time>,
          '.',
        )}
      </p>
      {source.url !== undefined && (
        <p>
          <a href={source.url}>
            <Sentence i18nKey="footer.original" slots={{ publication }} />
          </a>
        </p>
      )}
      {address !== '' && (
        <p className="print-only">
          <Sentence i18nKey="footer.printedFrom" slots={{ address: <bdi dir="ltr">{address}</bdi> }} />
        </p>
      )}
      <p>
        <Sentence i18nKey="footer.reader" slots={{ app: <bdi lang={APP_NAME_LANG}>{t('app.name')}</bdi> }} />
      </p>
    </footer>
  );
}

/**
 * The page's own address, for the printed copy to say where it came from: none while rendering on the
 * server or hydrating (render stays pure), read again whenever the page is about to be printed.
 */
function usePageAddress(): string {
  return useSyncExternalStore(
    subscribeToAddress,
    () => window.location.href,
    () => '',
  );
}

function subscribeToAddress(changed: () => void): () => void {
  const events = ['beforeprint', 'hashchange', 'popstate'] as const;
  for (const event of events) window.addEventListener(event, changed);
  return () => {
    for (const event of events) window.removeEventListener(event, changed);
  };
}
