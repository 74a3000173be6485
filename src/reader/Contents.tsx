import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentSection } from '../navigation/useCurrentSection';
import type { ExchangeView, SectionId } from '../reading/article-view';
import { inParts } from '../reading/parts';
import { useUiLanguage } from './useUiLanguage';

interface ContentsProps {
  sections: readonly { id: SectionId; heading: string }[];
  exchanges: readonly ExchangeView[];
  contentLang: { lang: string; dir: 'ltr' | 'rtl' };
  /** A long interview's entries come in parts, each skipped by the browser while off screen. */
  parted?: boolean;
}

/** A question's words in every mode, as its heading shows them, without the glossary's buttons. */
function QuestionWords({ exchange }: { exchange: ExchangeView }) {
  const { original, plain } = exchange.question;
  const words = (segments: typeof original) =>
    segments.map((segment) => (typeof segment === 'string' ? segment : segment.text)).join('');
  if (plain === null) return words(original);
  return (
    <>
      <span data-show="original both">{words(original)}</span>
      <span data-show="plain">{words(plain)}</span>
    </>
  );
}

/** One question's entry. Memoised: a long interview's list grows a part at a time, 10,000 entries. */
const QuestionEntry = memo(function QuestionEntry({
  exchange,
  current,
  contentLang,
}: {
  exchange: ExchangeView;
  current: boolean;
  contentLang: ContentsProps['contentLang'];
}) {
  return (
    <li>
      <a href={`#${exchange.fragment}`} aria-current={current ? 'location' : undefined} {...contentLang}>
        <QuestionWords exchange={exchange} />
      </a>
    </li>
  );
});

/**
 * Beside the article the guide scrolls inside itself when it is taller than the window: the current
 * entry is kept in its view, by scrolling the guide alone (scrollIntoView would move the page too).
 */
function useKeptInView(current: string | null) {
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    const guide = nav.current;
    const link = guide?.querySelector('[aria-current]');
    if (!guide || !link || guide.scrollHeight <= guide.clientHeight) return;
    const box = guide.getBoundingClientRect();
    const entry = link.getBoundingClientRect();
    if (entry.top < box.top || entry.bottom > box.bottom)
      guide.scrollTop += entry.top - box.top - box.height / 3;
  }, [current]);
  return nav;
}

/**
 * "Contents": every section, and under the interview every question in the reading mode's words.
 * The place the reader is at is marked aria-current="location" (and shown by a bar and weight).
 */
export function Contents({ sections, exchanges, contentLang, parted = false }: ContentsProps) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  // In reading order, which is what "the last one in the band" relies on.
  const current = useCurrentSection(
    sections.flatMap(({ id }) => (id === 'interview' ? [id, ...exchanges.map((q) => q.fragment)] : [id])),
  );
  const nav = useKeptInView(current);
  const attributes = (id: string) => ({
    href: `#${id}`,
    'aria-current': current === id ? ('location' as const) : undefined,
  });
  const entries = (list: readonly ExchangeView[]) =>
    list.map((exchange) => (
      <QuestionEntry
        key={exchange.fragment}
        exchange={exchange}
        current={current === exchange.fragment}
        contentLang={contentLang}
      />
    ));
  return (
    // Unnamed: the page's one navigation starts with its heading, and a name would say "Contents" twice.
    <nav className="contents" ref={nav} {...ui}>
      <h2 id="contents-heading">{t('contents.label')}</h2>
      <ol>
        {sections.map(({ id, heading }) => (
          <li key={id}>
            <a {...attributes(id)}>{heading}</a>
            {id === 'interview' && (
              <ol aria-label={t('contents.questionsLabel')}>
                {parted
                  ? inParts(exchanges).map((part) => (
                      // A part is a list inside the list, numbered on from the one before.
                      <li className="contents-part" key={part[0]?.fragment}>
                        <ol start={part[0]?.number}>{entries(part)}</ol>
                      </li>
                    ))
                  : entries(exchanges)}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
