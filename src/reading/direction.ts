// The writing direction of a language tag, for `dir` on content and on <html>.
import { remembered } from './remember';

export type Direction = 'ltr' | 'rtl';

/** Scripts written right to left, for engines whose Intl.Locale has no text info (react-aria's list). */
const RTL_SCRIPTS = new Set([
  'Avst',
  'Arab',
  'Armi',
  'Syrc',
  'Samr',
  'Mand',
  'Thaa',
  'Mend',
  'Nkoo',
  'Adlm',
  'Rohg',
  'Hebr',
]);

type WithTextInfo = Intl.Locale & {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
};

/**
 * The direction belongs to the script, so it is asked for the tag's script (written, or the likeliest
 * one for its language: "ckb" is Arabic script), from the engine's `Intl.Locale` text info, as
 * react-aria's I18nProvider answers (not imported for it: react-aria's locale module does costly work
 * when it loads, and the first download has no use for the rest). Asking for "und-Arab" rather than the
 * tag itself: engines with the older `textInfo` property (Node 20's, for one) answer from the language's
 * locale data, which calls Azerbaijani in Arabic script ("az-Arab") left to right. Remembered: every
 * piece of text asks.
 */
export const directionOf: (languageTag: string) => Direction = remembered(
  new Map<string, Direction>(),
  (languageTag) => directionOfScript(languageTag),
);

/** Languages the app itself is written in, by their bare tags: asked at every start, so answered here. */
const BARE_TAGS: Readonly<Record<string, Direction>> = { en: 'ltr', es: 'ltr', ar: 'rtl' };

function directionOfScript(languageTag: string): Direction {
  const bare = BARE_TAGS[languageTag.toLowerCase()];
  if (bare !== undefined) return bare;
  try {
    const script = new Intl.Locale(languageTag).maximize().script;
    if (script === undefined) return 'ltr';
    const locale = new Intl.Locale(`und-${script}`).maximize() as WithTextInfo;
    const info = typeof locale.getTextInfo === 'function' ? locale.getTextInfo() : locale.textInfo;
    const rtl = info?.direction !== undefined ? info.direction === 'rtl' : RTL_SCRIPTS.has(script);
    return rtl ? 'rtl' : 'ltr';
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
