import { useTranslation } from 'react-i18next';
import { MODE_PHRASES } from '../i18n/labels';
import type { Interview } from '../interview/generated/interview';
import type { ReadingMode } from '../preferences/preferences';
import type { Segment } from '../reading/glossary-marks';
import { MarkedText } from './MarkedText';
import { Section } from './Section';
import { useUiLanguage } from './useUiLanguage';

interface SummaryProps {
  summary: NonNullable<Interview['summary']>;
  marked: readonly Segment[];
  minutes: number;
  questions: number;
  mode: ReadingMode;
}

/** "In brief": the plain summary, the key points, and how long the interview takes to read. */
export function Summary({ summary, marked, minutes, questions, mode }: SummaryProps) {
  const { t, i18n } = useTranslation();
  const ui = useUiLanguage();
  const number = new Intl.NumberFormat(i18n.language);
  const keyPoints = summary.keyPoints ?? [];
  return (
    <Section id="in-brief" heading={t('article.summaryHeading')} className="summary">
      <p className="summary-facts" {...ui}>
        {t('summary.readingTime', {
          count: minutes,
          minutes: number.format(minutes),
          mode: t(MODE_PHRASES[mode]),
        })}
        {t('summary.separator')}
        {t('summary.questions', { count: questions, total: number.format(questions) })}
      </p>
      <p>
        <MarkedText segments={marked} unit="in-brief" />
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
