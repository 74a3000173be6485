import { useTranslation } from 'react-i18next';
import { directionOf, type Direction } from '../reading/direction';

/**
 * `lang` and `dir` for interface text placed inside the article, which carries the document's own
 * language: a Spanish heading in an English interview must still be marked as Spanish (WCAG 3.1.2).
 */
export function useUiLanguage(): { lang: string; dir: Direction } {
  const { i18n } = useTranslation();
  return { lang: i18n.language, dir: directionOf(i18n.language) };
}
