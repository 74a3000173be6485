import { useTranslation } from 'react-i18next';
import type { Interview } from '../interview/generated/interview';
import { formatPublishedDate } from '../reading/dates';
import { formatList } from '../reading/lists';
import { APP_NAME_LANG, placeholders, Sentence } from './Sentence';

/** The page's contentinfo: where the interview comes from, who wrote it, when, and a link to it. */
export function ReaderFooter({ interview }: { interview: Interview }) {
  const { t, i18n } = useTranslation();
  const { source, lang } = interview;
  const publication = { publication: { text: source.publication, lang } };
  return (
    <footer className="site-footer">
      <p>
        <Sentence text={t('footer.source', placeholders('publication'))} values={publication} />{' '}
        <Sentence
          text={t('footer.authors', placeholders('authors'))}
          values={{ authors: { text: formatList(source.authors, i18n.language), lang } }}
        />{' '}
        {t('footer.published')}{' '}
        <time dateTime={source.published}>{formatPublishedDate(source.published, i18n.language)}</time>.
      </p>
      {source.url !== undefined && (
        <p>
          <a href={source.url}>
            <Sentence text={t('footer.original', placeholders('publication'))} values={publication} />
          </a>
        </p>
      )}
      <p>
        <Sentence
          text={t('footer.reader', placeholders('app'))}
          values={{ app: { text: t('app.name'), lang: APP_NAME_LANG } }}
        />
      </p>
    </footer>
  );
}
