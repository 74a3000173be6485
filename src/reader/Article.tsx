import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interview } from '../interview/generated/interview';
import { articleView } from '../reading/article-view';
import { formatPublishedDate } from '../reading/dates';
import { directionOf } from '../reading/direction';
import { Sentence } from '../i18n/slots';
import { createMatcher, glossaryFragments } from '../reading/glossary-marks';
import { formatList } from '../reading/lists';
import { textsShown } from '../reading/modes';
import { readingMinutes } from '../reading/reading-time';
import { indexSpeakers } from '../reading/speakers';
import { ArticleLabelsProvider, useMakeArticleLabels } from './ArticleLabels';
import { Contents } from './Contents';
import { Exchange } from './Exchange';
import { Glossary } from './Glossary';
import { GlossaryContext } from './GlossaryContext';
import { KeepPlace } from '../navigation/KeepPlace';
import { Passages } from './Passages';
import { Section } from './Section';
import { Speakers } from './Speakers';
import { Summary } from './Summary';
import { useFragmentNavigation } from '../navigation/useFragmentNavigation';
import { useReadingMode } from './useReadingMode';
import { useUiLanguage } from './useUiLanguage';

/**
 * The interview as a semantic article: the document's language on it, the interface's on its labels.
 * Memoised: for a 10,000-exchange interview a needless re-render costs seconds.
 */
export const Article = memo(function Article({ interview }: { interview: Interview }) {
  const { t, i18n } = useTranslation();
  const ui = useUiLanguage();
  const { mode } = useReadingMode(interview);
  useFragmentNavigation();
  const speakers = useMemo(() => indexSpeakers(interview), [interview]);
  const labels = useMakeArticleLabels(interview.speakers);
  const glossary = useMemo(() => {
    const entries = interview.glossary ?? [];
    return { entries, fragments: glossaryFragments(entries), matcher: createMatcher(entries) };
  }, [interview]);
  const view = useMemo(() => articleView(interview, mode, glossary.matcher), [interview, mode, glossary]);
  const minutes = useMemo(
    () => readingMinutes(textsShown(interview, mode), interview.lang),
    [interview, mode],
  );
  const contentLang = useMemo(
    () => ({ lang: interview.lang, dir: directionOf(interview.lang) }),
    [interview.lang],
  );
  const context = useMemo(
    () => ({ entries: glossary.entries, fragments: glossary.fragments, contentLang }),
    [glossary, contentLang],
  );
  const { source } = interview;
  const has = {
    intro: view.intro.length > 0,
    summary: interview.summary !== undefined,
    outro: view.outro.length > 0,
    glossary: glossary.entries.length > 0,
  };
  const sections = [
    has.intro && { id: 'introduction', heading: t('article.introHeading') },
    has.summary && { id: 'in-brief', heading: t('article.summaryHeading') },
    { id: 'interview', heading: t('article.interviewHeading') },
    has.outro && { id: 'afterword', heading: t('article.outroHeading') },
    has.glossary && { id: 'glossary', heading: t('article.glossaryHeading') },
  ].filter((section) => section !== false);
  return (
    <ArticleLabelsProvider value={labels}>
      <GlossaryContext.Provider value={context}>
        <article className="article" aria-labelledby="article-title" data-mode={mode} {...contentLang}>
          <KeepPlace mode={mode}>
            <header className="article-header">
              <h1 id="article-title" tabIndex={-1}>
                {interview.title}
              </h1>
              {interview.subtitle !== undefined && <p className="subtitle">{interview.subtitle}</p>}
              <p className="byline" {...ui}>
                <Sentence
                  i18nKey="article.byline"
                  slots={{
                    authors: <bdi lang={interview.lang}>{formatList(source.authors, i18n.language)}</bdi>,
                    publication: <bdi lang={interview.lang}>{source.publication}</bdi>,
                  }}
                />{' '}
                <time dateTime={source.published}>
                  {formatPublishedDate(source.published, i18n.language)}
                </time>
              </p>
              <Speakers speakers={interview.speakers} contentLang={contentLang} />
            </header>
            <Contents interview={interview} mode={mode} sections={sections} contentLang={contentLang} />
            {has.intro && (
              <Section id="introduction" heading={t('article.introHeading')} className="intro">
                <Passages passages={view.intro} unit="introduction" />
              </Section>
            )}
            {interview.summary !== undefined && (
              <Summary
                summary={interview.summary}
                marked={view.summary ?? []}
                minutes={minutes}
                questions={interview.exchanges.length}
                mode={mode}
              />
            )}
            <Section id="interview" heading={t('article.interviewHeading')} className="interview">
              {view.exchanges.map((exchangeView, index) => {
                const exchange = interview.exchanges[index];
                return (
                  exchange && (
                    <Exchange key={exchange.id} exchange={exchange} view={exchangeView} speakers={speakers} />
                  )
                );
              })}
            </Section>
            {has.outro && (
              <Section id="afterword" heading={t('article.outroHeading')} className="outro">
                <Passages passages={view.outro} unit="afterword" />
              </Section>
            )}
            {has.glossary && (
              <Glossary
                glossary={glossary.entries}
                lang={interview.lang}
                fragments={glossary.fragments}
                uses={view.uses}
              />
            )}
          </KeepPlace>
        </article>
      </GlossaryContext.Provider>
    </ArticleLabelsProvider>
  );
});
