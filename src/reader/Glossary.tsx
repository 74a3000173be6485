import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interview } from '../interview/generated/interview';
import { Section } from './Section';

type GlossaryData = NonNullable<Interview['glossary']>;

/** Every term with its other names and its definition, in the document language's own order. */
export function Glossary({ glossary, lang }: { glossary: GlossaryData; lang: string }) {
  const { t } = useTranslation();
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(lang, { sensitivity: 'base' });
    return [...glossary].sort((a, b) => collator.compare(a.term, b.term));
  }, [glossary, lang]);
  return (
    <Section id="glossary" heading={t('article.glossaryHeading')} className="glossary">
      <dl>
        {sorted.map((entry) => (
          <div key={entry.term} className="glossary-entry">
            <dt>
              {entry.term}
              {entry.aliases !== undefined && entry.aliases.length > 0 && (
                <span className="aliases"> ({entry.aliases.join(', ')})</span>
              )}
            </dt>
            <dd>{entry.definition}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
