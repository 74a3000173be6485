import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../i18n/labels';
import type { GlossaryView, Place } from '../reading/article-view';
import { directionOf } from '../reading/direction';
import { formatList } from '../reading/lists';
import { collator as localeCollator } from '../reading/locale';
import { sentence } from '../i18n/slots';
import { GlossaryDefinitions } from './GlossaryDefinitions';
import { Section } from './Section';
import { useUiLanguage } from './useUiLanguage';
import { wholeNumbers } from '../reading/locale';

interface GlossaryProps {
  glossary: GlossaryView;
  lang: string;
}

/** The sections outside the questions where a term can be used. */
const PLACE_NAMES = {
  introduction: 'glossary.places.introduction',
  'in-brief': 'glossary.places.in-brief',
  afterword: 'glossary.places.afterword',
} as const satisfies Record<string, TranslationKey>;
const USE_LINK_NAMES = {
  introduction: 'glossary.useLink.introduction',
  'in-brief': 'glossary.useLink.in-brief',
  afterword: 'glossary.useLink.afterword',
} as const satisfies Record<string, TranslationKey>;

/** A term used in thousands of places links to the first few; the rest are found by reading on. */
const MAX_USES_SHOWN = 12;

/**
 * Every term with its other names and its definition, in the document language's own order, and links
 * back to where it is first marked in each part; and after the list, the definitions that the marks in
 * the text open.
 */
export function Glossary({ glossary: { entries: glossary, fragments, uses }, lang }: GlossaryProps) {
  const { t, i18n } = useTranslation();
  const ui = useUiLanguage();
  const order = useMemo(() => {
    // The document's tag may be one Intl refuses ("en-12" fits the contract's pattern): never throw.
    const collator = localeCollator(lang, { sensitivity: 'base' }, i18n.language);
    return glossary
      .map((_, index) => index)
      .sort((a, b) => collator.compare(glossary[a]?.term ?? '', glossary[b]?.term ?? ''));
  }, [glossary, lang, i18n.language]);
  const number = wholeNumbers(i18n.language);
  const placeName = (place: Place) =>
    place.question > 0
      ? t('glossary.places.question', { number: number.format(place.question) })
      : t(PLACE_NAMES[place.unit as keyof typeof PLACE_NAMES]);
  // Out of context (a list of links) "question 6" says nothing: each link is named by term and place.
  const linkName = (term: string, place: Place) =>
    place.question > 0
      ? t('glossary.useLink.question', { term, number: number.format(place.question) })
      : t(USE_LINK_NAMES[place.unit as keyof typeof USE_LINK_NAMES], { term });
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
              {/* No <dfn> inside: Chromium exposes it as a term too, and the term was read twice. No
                  tabindex: a focusable term is "clickable"; a link to it makes it focusable then. */}
              <dt id={fragment}>{entry.term}</dt>
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
                        <a href={`#${place.markId}`} aria-label={linkName(entry.term, place)}>
                          {placeName(place)}
                        </a>
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
