import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interview } from '../interview/generated/interview';
import { ModeSwitch } from '../navigation/ModeSwitch';
import { useFragmentNavigation } from '../navigation/useFragmentNavigation';
import type { ExchangeView, SectionId } from '../reading/article-view';
import { formatPublishedDate } from '../reading/dates';
import { directionOf } from '../reading/direction';
import { Sentence } from '../i18n/slots';
import { formatList } from '../reading/lists';
import { longParts } from '../reading/long-parts';
import { EXCHANGE_PART_CLASS, inParts, LONG_INTERVIEW } from '../reading/parts';
import { ArticleFrame } from './ArticleFrame';
import { ArticleLabelsProvider, useMakeArticleLabels } from './ArticleLabels';
import { Contents } from './Contents';
import { Exchange } from './Exchange';
import { HydrateLater } from '../services/HydrateLater';
import { Glossary } from './Glossary';
import { GlossaryContext } from './GlossaryContext';
import { LinkCopier } from './LinkCopier';
import { Passages } from './Passages';
import { Section } from './Section';
import { Speakers } from './Speakers';
import { Summary } from './Summary';
import { useArticleView } from './useArticleView';
import { useUiLanguage } from './useUiLanguage';

const SECTION_HEADINGS = {
  introduction: 'article.introHeading',
  'in-brief': 'article.summaryHeading',
  interview: 'article.interviewHeading',
  afterword: 'article.outroHeading',
  glossary: 'article.glossaryHeading',
} as const satisfies Record<SectionId, string>;

/** One exchange, hydrated on its own when the page was prerendered. */
function drawExchange(exchange: ExchangeView) {
  return (
    <HydrateLater key={exchange.id}>
      <Exchange view={exchange} />
    </HydrateLater>
  );
}

/**
 * The interview as a semantic article: the document's language on it, the interface's on its labels.
 * Every reading mode is rendered at once and CSS shows one, so it renders once per document and
 * language. Memoised: for a 10,000-exchange interview a needless re-render costs seconds.
 */
export const Article = memo(function Article({
  interview,
  progressive = false,
}: {
  interview: Interview;
  /** Drawn a part at a time when long (see useArticleView); never when hydrating prerendered HTML. */
  progressive?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const ui = useUiLanguage();
  useFragmentNavigation();
  const view = useArticleView(interview, progressive);
  const longSections = useMemo(() => longParts(interview), [interview]);
  // Decided by the whole interview, not the part drawn so far: the markup must not change shape midway.
  const long = interview.exchanges.length > LONG_INTERVIEW;
  const labels = useMakeArticleLabels(interview.speakers);
  const contentLang = useMemo(
    () => ({ lang: interview.lang, dir: directionOf(interview.lang) }),
    [interview.lang],
  );
  // The same value while a long interview grows a part at a time (entries and fragments do not
  // change): a new one each part made every glossary mark in the page render again.
  const { entries, fragments } = view.glossary;
  const context = useMemo(() => ({ entries, fragments, contentLang }), [entries, fragments, contentLang]);
  const { source } = interview;
  const sections = view.sections.map((id) => ({ id, heading: t(SECTION_HEADINGS[id]) }));
  return (
    <ArticleLabelsProvider value={labels}>
      <GlossaryContext.Provider value={context}>
        <ModeSwitch plainAvailable={view.plainAvailable} />
        <LinkCopier exchanges={view.exchanges} />
        <ArticleFrame longParts={longSections}>
          {/* No aria-labelledby to the title: Orca skips a heading that labels something whenever
              it thinks the heading is off screen, and say-all then never read the title. */}
          <article className="article" data-long={long ? '' : undefined} {...contentLang}>
            <HydrateLater>
              <header className="article-header">
                <h1 id="article-title">{interview.title}</h1>
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
            </HydrateLater>
            <HydrateLater>
              <Contents
                sections={sections}
                exchanges={view.exchanges}
                contentLang={contentLang}
                parted={long}
              />
            </HydrateLater>
            {/* The article's parts, in one block: beside the contents on a wide screen (contents.css). */}
            <div className="article-body">
              {view.intro.length > 0 && (
                <HydrateLater>
                  <Section id="introduction" heading={t('article.introHeading')} className="intro">
                    <Passages passages={view.intro} unit="introduction" />
                  </Section>
                </HydrateLater>
              )}
              {interview.summary !== undefined && (
                <HydrateLater>
                  <Summary
                    summary={interview.summary}
                    marked={view.summary ?? []}
                    minutes={view.minutes}
                    plainAvailable={view.plainAvailable}
                    questions={view.exchanges.length}
                  />
                </HydrateLater>
              )}
              <Section id="interview" heading={t('article.interviewHeading')} className="interview">
                {long
                  ? inParts(view.exchanges).map((part) => (
                      <div className={EXCHANGE_PART_CLASS} key={part[0]?.id}>
                        {part.map(drawExchange)}
                      </div>
                    ))
                  : view.exchanges.map(drawExchange)}
              </Section>
              {view.outro.length > 0 && (
                <HydrateLater>
                  <Section id="afterword" heading={t('article.outroHeading')} className="outro">
                    <Passages passages={view.outro} unit="afterword" />
                  </Section>
                </HydrateLater>
              )}
              {view.complete && view.glossary.entries.length > 0 && (
                <HydrateLater>
                  <Glossary glossary={view.glossary} lang={interview.lang} />
                </HydrateLater>
              )}
            </div>
          </article>
        </ArticleFrame>
      </GlossaryContext.Provider>
    </ArticleLabelsProvider>
  );
});
