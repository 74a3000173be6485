import { isRTL } from 'react-aria-components';

// The writing direction of a language tag, for `dir` on content and on <html>.
export type Direction = 'ltr' | 'rtl';

/**
 * The direction belongs to the script, so it is asked for the tag's script (written, or the likeliest
 * one for its language: "ckb" is Arabic script) through react-aria's `isRTL`, the same answer its
 * I18nProvider gives, from the engine's `Intl.Locale` text info. Asking for "und-Arab" rather than the
 * tag itself: engines with the older `textInfo` property (Node 20's, for one) answer from the language's
 * locale data, which calls Azerbaijani in Arabic script ("az-Arab") left to right.
 */
export function directionOf(languageTag: string): Direction {
  try {
    const script = new Intl.Locale(languageTag).maximize().script;
    return script !== undefined && isRTL(`und-${script}`) ? 'rtl' : 'ltr';
  } catch {
    // Not a well-formed tag: text is shown left to right, as a browser does for an unknown `lang`.
    return 'ltr';
  }
}

/**
 * Text from the document placed inside plain text that has no elements: the tab's title. Wrapped in
 * Unicode isolates (FSI … PDI), so it keeps its own direction, does not pull the punctuation around it
 * to the wrong side, and an unterminated override inside it (U+202E) ends with it. In the page itself
 * names are isolated by <bdi> elements instead (src/i18n/slots.tsx): its text stays clean to copy.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
