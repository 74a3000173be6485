// The interface words that repeat in every exchange (speaker labels, "In plain words", "Read question aloud"), made once per
// article. Per-exchange components read them from context instead of calling useTranslation, which
// costs far more than a context read when an interview has 10,000 exchanges.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sentence } from '../i18n/slots';
import type { Interview } from '../interview/generated/interview';
import type { Direction } from '../reading/direction';
import { useUiLanguage } from './useUiLanguage';

export interface SpeakerLabel {
  /** What a screen reader says: "Entertainment Weekly:", the name isolated (<bdi>) from the colon. */
  full: ReactNode;
  /** What is shown when the speaker has a short name: "EW:". */
  short: ReactNode | null;
  name: string;
}

export interface ArticleLabels {
  ui: { lang: string; dir: Direction };
  originalWording: string;
  inPlainWords: string;
  readQuestion: string;
  readAnswer: string;
  /** "Copy link", and its accessible name for question n: "Copy link to question 3". */
  copyLink: string;
  copyLinkName: (question: number) => string;
  /** What the link to a question says where no script can copy it: "Link to question 3". */
  linkName: (question: number) => string;
  backToTop: string;
  speakers: ReadonlyMap<string, SpeakerLabel>;
}

/** Marks the number's place while i18next interpolates: a private-use character no text contains. */
const NUMBER = '\uE002';

const ArticleLabelsContext = createContext<ArticleLabels>({
  ui: { lang: 'en', dir: 'ltr' },
  originalWording: '',
  inPlainWords: '',
  readQuestion: '',
  readAnswer: '',
  copyLink: '',
  copyLinkName: String,
  linkName: String,
  backToTop: '',
  speakers: new Map(),
});

export const ArticleLabelsProvider = ArticleLabelsContext.Provider;

export function useArticleLabels(): ArticleLabels {
  return useContext(ArticleLabelsContext);
}

export function useMakeArticleLabels(speakers: Interview['speakers']): ArticleLabels {
  const { t } = useTranslation();
  const { lang, dir } = useUiLanguage();
  return useMemo(() => {
    // Translated once per article; each question only puts its number in (10,000 calls of t cost).
    const format = new Intl.NumberFormat(lang);
    const numbered = (key: 'links.copyName' | 'links.linkTo') => {
      const [before = '', after = ''] = t(key, { number: NUMBER }).split(NUMBER);
      return (question: number) => `${before}${format.format(question)}${after}`;
    };
    return {
      ui: { lang, dir },
      originalWording: t('modes.originalWording'),
      inPlainWords: t('modes.inPlainWords'),
      readQuestion: t('readAloud.readQuestion'),
      readAnswer: t('readAloud.readAnswer'),
      copyLink: t('links.copy'),
      copyLinkName: numbered('links.copyName'),
      linkName: numbered('links.linkTo'),
      backToTop: t('contents.backToTop'),
      speakers: new Map(
        speakers.map(({ id, name, shortName }) => [
          id,
          {
            name,
            full: sentence(t, 'article.speakerLabel', { name: <bdi>{name}</bdi> }),
            short:
              shortName === undefined || shortName === name
                ? null
                : sentence(t, 'article.speakerLabel', { name: <bdi>{shortName}</bdi> }),
          },
        ]),
      ),
    };
  }, [t, lang, dir, speakers]);
}
