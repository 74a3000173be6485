// The writing direction of a language tag, for `dir` on content and on <html>.
// A fixed list rather than Intl.Locale#getTextInfo, which not every engine has yet.
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg', 'mand', 'samr']);
const RTL_LANGUAGES = new Set([
  'ar',
  'he',
  'iw',
  'fa',
  'ur',
  'ps',
  'sd',
  'yi',
  'dv',
  'ug',
  'ckb',
  'syr',
  'ku-arab',
]);

export type Direction = 'ltr' | 'rtl';

export function directionOf(languageTag: string): Direction {
  const subtags = languageTag.toLowerCase().split('-');
  const script = subtags.find((s, i) => i > 0 && s.length === 4);
  if (script !== undefined) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(subtags[0] ?? '') ? 'rtl' : 'ltr';
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
