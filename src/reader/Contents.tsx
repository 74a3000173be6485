import { useTranslation } from 'react-i18next';
import type { Interview } from '../interview/generated/interview';
import type { ReadingMode } from '../preferences/preferences';
import { questionText } from '../reading/modes';
import { exchangeFragment } from '../reading/speakers';
import { useCurrentSection } from '../navigation/useCurrentSection';
import { useUiLanguage } from './useUiLanguage';

interface ContentsProps {
  interview: Interview;
  mode: ReadingMode;
  /** The sections the article has, by fragment and heading, in reading order. */
  sections: readonly { id: string; heading: string }[];
  contentLang: { lang: string; dir: 'ltr' | 'rtl' };
}

/**
 * "Contents": every section, and under the interview every question in the reading mode's words.
 * The place the reader is at is marked aria-current="location" (and shown by a bar and weight).
 */
export function Contents({ interview, mode, sections, contentLang }: ContentsProps) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const questions = interview.exchanges.map((exchange) => ({
    id: exchangeFragment(exchange.id),
    text: questionText(exchange.question, mode),
  }));
  // In reading order, which is what "the last one in the band" relies on.
  const current = useCurrentSection(
    sections.flatMap(({ id }) => (id === 'interview' ? [id, ...questions.map((q) => q.id)] : [id])),
  );
  const link = (id: string, text: string, lang = ui) => (
    <a href={`#${id}`} aria-current={current === id ? 'location' : undefined} {...lang}>
      {text}
    </a>
  );
  return (
    // Unnamed: the page's one navigation starts with its heading, and a name would say "Contents" twice.
    <nav className="contents" {...ui}>
      <h2 id="contents-heading">{t('contents.label')}</h2>
      <ol>
        {sections.map(({ id, heading }) => (
          <li key={id}>
            {link(id, heading)}
            {id === 'interview' && (
              <ol aria-label={t('contents.questionsLabel')}>
                {questions.map((question) => (
                  <li key={question.id}>{link(question.id, question.text, contentLang)}</li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
