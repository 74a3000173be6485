import { useTranslation } from 'react-i18next';
import { MODE_PHRASES } from '../i18n/labels';
import type { Interview } from '../interview/generated/interview';
import { READING_MODES } from '../preferences/preferences';
import type { ArticleView } from '../reading/article-view';
import type { Segment } from '../reading/glossary-marks';
import { MarkedText } from './MarkedText';
import { Section } from './Section';
import { useUiLanguage } from './useUiLanguage';
import { wholeNumbers } from '../reading/locale';

interface SummaryProps {
  summary: NonNullable<Interview['summary']>;
  marked: readonly Segment[];
  minutes: ArticleView['minutes'];
  plainAvailable: boolean;
  questions: number;
}

/** "In brief": the plain summary, the key points, and how long the interview takes to read. */
export function Summary({ summary, marked, minutes, plainAvailable, questions }: SummaryProps) {
  const { t, i18n } = useTranslation();
  const ui = useUiLanguage();
  const number = wholeNumbers(i18n.language);
  const keyPoints = summary.keyPoints ?? [];
  const readingTime = (mode: (typeof READING_MODES)[number]) =>
    t('summary.readingTime', {
      count: minutes[mode],
      minutes: number.format(minutes[mode]),
      mode: t(MODE_PHRASES[mode]),
    });
  return (
    <Section id="in-brief" heading={t('article.summaryHeading')} className="summary">
      <p className="summary-facts" {...ui}>
        {plainAvailable
          ? READING_MODES.map((mode) => (
              <span key={mode} data-show={mode}>
                {readingTime(mode)}
              </span>
            ))
          : readingTime(READING_MODES[0])}
        {/* The dot is for the eye; a screen reader hears the space instead of "middle dot". Each space is
            inside a text with words: Chromium leaves a text of only a space out of the accessibility tree
            when the node beside it has no box (a reading time for another mode, display: none, or the
            empty comment React's prerender puts between two texts), and Orca then ran
            "…words6 questions" together. */}
        <span aria-hidden="true">{` ${t('summary.separator').trim()}`}</span>
        {` ${t('summary.questions', { count: questions, total: number.format(questions) })}`}
      </p>
      <p>
        <MarkedText segments={marked} unit="in-brief" variant="original" />
      </p>
      {keyPoints.length > 0 && (
        <>
          <h3 id="key-points" {...ui}>
            {t('article.keyPointsHeading')}
          </h3>
          <ul aria-labelledby="key-points">
            {keyPoints.map((point, index) => (
              <li key={index}>{point}</li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
