import { useTranslation } from 'react-i18next';
import type { Interview } from '../interview/generated/interview';
import { formatPublishedDate } from '../reading/dates';
import { isolate } from '../reading/direction';
import { formatList } from '../reading/lists';

/** The page's contentinfo: where the interview comes from, who wrote it, when, and a link to it. */
export function ReaderFooter({ interview }: { interview: Interview }) {
  const { t, i18n } = useTranslation();
  const { source } = interview;
  return (
    <footer className="site-footer">
      <p>
        {t('footer.source', { publication: isolate(source.publication) })}{' '}
        {t('footer.authors', { authors: isolate(formatList(source.authors, i18n.language)) })}{' '}
        {t('footer.published')}{' '}
        <time dateTime={source.published}>{formatPublishedDate(source.published, i18n.language)}</time>.
      </p>
      {source.url !== undefined && (
        <p>
          <a href={source.url}>{t('footer.original', { publication: isolate(source.publication) })}</a>
        </p>
      )}
      <p>{t('footer.reader', { app: t('app.name') })}</p>
    </footer>
  );
}
