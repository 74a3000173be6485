import { useTranslation } from 'react-i18next';
import type { Interview } from '../interview/generated/interview';
import { formatPublishedDate } from '../reading/dates';
import { APP_NAME_LANG, Sentence } from '../i18n/slots';
import { formatList } from '../reading/lists';

/** The page's contentinfo: where the interview comes from, who wrote it, when, and a link to it. */
export function ReaderFooter({ interview }: { interview: Interview }) {
  const { t, i18n } = useTranslation();
  const { source } = interview;
  // Names and titles from the document: isolated inside the interface's sentences, in the document's language.
  const publication = <bdi lang={interview.lang}>{source.publication}</bdi>;
  const authors = <bdi lang={interview.lang}>{formatList(source.authors, i18n.language)}</bdi>;
  return (
    <footer className="site-footer">
      <p>
        <Sentence i18nKey="footer.source" slots={{ publication }} />{' '}
        <Sentence i18nKey="footer.authors" slots={{ authors }} /> {t('footer.published')}{' '}
        <time dateTime={source.published}>{formatPublishedDate(source.published, i18n.language)}</time>.
      </p>
      {source.url !== undefined && (
        <p>
          <a href={source.url}>
            <Sentence i18nKey="footer.original" slots={{ publication }} />
          </a>
        </p>
      )}
      <p>
        <Sentence i18nKey="footer.reader" slots={{ app: <bdi lang={APP_NAME_LANG}>{t('app.name')}</bdi> }} />
      </p>
    </footer>
  );
}
