import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interview } from '../interview/generated/interview';
import { formatPublishedDate } from '../reading/dates';
import { directionOf } from '../reading/direction';
import { formatList } from '../reading/lists';
import { indexSpeakers } from '../reading/speakers';
import { Contents } from './Contents';
import { Exchange } from './Exchange';
import { Glossary } from './Glossary';
import { Passages } from './Passages';
import { Section } from './Section';
import { Speakers } from './Speakers';
import { Summary } from './Summary';
import { useUiLanguage } from './useUiLanguage';

/** The interview as a semantic article: the document's language on it, the interface's on its labels. */
export function Article({ interview }: { interview: Interview }) {
  const { t, i18n } = useTranslation();
  const ui = useUiLanguage();
  const speakers = useMemo(() => indexSpeakers(interview), [interview]);
  const contentLang = { lang: interview.lang, dir: directionOf(interview.lang) };
  const { source } = interview;
  return (
    <article className="article" aria-labelledby="article-title" {...contentLang}>
      <header className="article-header">
        <h1 id="article-title" tabIndex={-1}>
          {interview.title}
        </h1>
        {interview.subtitle !== undefined && <p className="subtitle">{interview.subtitle}</p>}
        <p className="byline" {...ui}>
          {t('article.byline', {
            authors: formatList(source.authors, i18n.language),
            publication: source.publication,
          })}{' '}
          <time dateTime={source.published}>{formatPublishedDate(source.published, i18n.language)}</time>
        </p>
        <Speakers speakers={interview.speakers} contentLang={contentLang} />
      </header>
      <Contents interview={interview} contentLang={contentLang} />
      {interview.intro !== undefined && interview.intro.length > 0 && (
        <Section id="introduction" heading={t('article.introHeading')} className="intro">
          <Passages passages={interview.intro} />
        </Section>
      )}
      {interview.summary !== undefined && <Summary summary={interview.summary} />}
      <Section id="interview" heading={t('article.interviewHeading')} className="interview">
        {interview.exchanges.map((exchange) => (
          <Exchange key={exchange.id} exchange={exchange} speakers={speakers} />
        ))}
      </Section>
      {interview.outro !== undefined && interview.outro.length > 0 && (
        <Section id="afterword" heading={t('article.outroHeading')} className="outro">
          <Passages passages={interview.outro} />
        </Section>
      )}
      {interview.glossary !== undefined && interview.glossary.length > 0 && (
        <Glossary glossary={interview.glossary} lang={interview.lang} />
      )}
    </article>
  );
}
