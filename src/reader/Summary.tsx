import { useTranslation } from 'react-i18next';
import type { Interview } from '../interview/generated/interview';
import { Section } from './Section';
import { useUiLanguage } from './useUiLanguage';

export function Summary({ summary }: { summary: NonNullable<Interview['summary']> }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const keyPoints = summary.keyPoints ?? [];
  return (
    <Section id="in-brief" heading={t('article.summaryHeading')} className="summary">
      <p>{summary.plain}</p>
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
