import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interview } from '../interview/generated/interview';
import { markId, type Place } from '../reading/article-view';
import { directionOf } from '../reading/direction';
import { formatList } from '../reading/lists';
import { sentence } from '../i18n/slots';
import { GlossaryDefinitions } from './GlossaryDefinitions';
import { Section } from './Section';
import { useUiLanguage } from './useUiLanguage';

type GlossaryData = NonNullable<Interview['glossary']>;

interface GlossaryProps {
  glossary: GlossaryData;
  lang: string;
  fragments: readonly string[];
  /** Where each entry is marked in the current reading mode, by entry index. */
  uses: readonly (readonly Place[])[];
}

/** A term used in thousands of places links to the first few; the rest are found by reading on. */
const MAX_USES_SHOWN = 12;

/**
 * Every term with its other names and its definition, in the document language's own order, and links
 * back to where it is marked in the text (which changes with the reading mode); and after the list,
 * the definitions that the marks in the text open.
 */
export function Glossary({ glossary, lang, fragments, uses }: GlossaryProps) {
  const { t, i18n } = useTranslation();
  const ui = useUiLanguage();
  const order = useMemo(() => {
    const collator = new Intl.Collator(lang, { sensitivity: 'base' });
    return glossary
      .map((_, index) => index)
      .sort((a, b) => collator.compare(glossary[a]?.term ?? '', glossary[b]?.term ?? ''));
  }, [glossary, lang]);
  const number = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);
  const placeName = (place: Place) =>
    place.question > 0
      ? t('glossary.places.question', { number: number.format(place.question) })
      : t(`glossary.places.${place.unit as 'introduction' | 'in-brief' | 'afterword'}`);
  return (
    <Section id="glossary" heading={t('article.glossaryHeading')} className="glossary">
      <dl>
        {order.map((index) => {
          const entry = glossary[index];
          const fragment = fragments[index] ?? '';
          if (entry === undefined) return null;
          const places = uses[index] ?? [];
          const aliases = entry.aliases ?? [];
          return (
            <div key={fragment} className="glossary-entry">
              <dt id={fragment} tabIndex={-1}>
                <dfn>{entry.term}</dfn>
              </dt>
              {aliases.length > 0 && (
                <dd className="aliases" {...ui}>
                  <AlsoCalled aliases={aliases} lang={lang} />
                </dd>
              )}
              <dd>{entry.definition}</dd>
              <dd className="glossary-uses" {...ui}>
                {places.length === 0 ? (
                  t('glossary.notUsed')
                ) : (
                  <>
                    {t('glossary.usedIn')}{' '}
                    {places.slice(0, MAX_USES_SHOWN).map((place, n) => (
                      <span key={place.unit}>
                        {n > 0 && ', '}
                        <a href={`#${markId(place.unit, fragment)}`}>{placeName(place)}</a>
                      </span>
                    ))}
                    {places.length > MAX_USES_SHOWN &&
                      ` ${t('glossary.moreUses', { count: places.length - MAX_USES_SHOWN })}`}
                  </>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      <GlossaryDefinitions entries={glossary} fragments={fragments} />
    </Section>
  );
}

/** "Also called: …", the names in the document's language wherever the translation puts them. */
function AlsoCalled({ aliases, lang }: { aliases: readonly string[]; lang: string }) {
  const { t } = useTranslation();
  const names = (
    <span lang={lang} dir={directionOf(lang)}>
      {formatList(aliases, lang)}
    </span>
  );
  return sentence(t, 'glossary.aliases', { aliases: names });
}
