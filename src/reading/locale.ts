// Intl with a document's own language tag, which the contract only checks for shape: "en-12" and
// "en-US-US" pass its pattern, yet every Intl constructor throws a RangeError for them. Everything
// that formats, sorts or segments with a tag goes through here and never throws: a tag Intl rejects
// falls back to its longest prefix it accepts ("en-US-US" → "en-US"), then to the given fallback,
// then to the runtime's default locale.

import { remembered } from './remember';

const accepted = new Map<string, string | undefined>();

/** A canonical form of `tag` that Intl accepts, or undefined when neither it nor a prefix is one. */
export function usableLocale(tag: string): string | undefined {
  if (accepted.has(tag)) return accepted.get(tag);
  let result: string | undefined;
  const subtags = tag.split('-');
  for (let length = subtags.length; length > 0 && result === undefined; length--) {
    try {
      result = Intl.getCanonicalLocales(subtags.slice(0, length).join('-'))[0];
    } catch {
      // Not a well-formed BCP 47 tag: try a shorter prefix.
    }
  }
  accepted.set(tag, result);
  return result;
}

/** Whether Intl accepts the tag as it is written (the `validate` command warns when it does not). */
export function isWellFormedLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** The locales to hand an Intl constructor for `tag`: the usable form, then the fallback. */
function localesFor(tag: string, fallback?: string): string[] {
  return [usableLocale(tag), fallback === undefined ? undefined : usableLocale(fallback)].filter(
    (locale): locale is string => locale !== undefined,
  );
}

/**
 * Builds an Intl object for `tag`, falling back as the header says. A constructor can still refuse
 * a canonical tag in an engine without that locale's data; then the runtime default is used.
 */
function make<T>(create: (locales: string[]) => T, tag: string, fallback?: string): T {
  try {
    return create(localesFor(tag, fallback));
  } catch {
    return create([]);
  }
}

export function collator(tag: string, options?: Intl.CollatorOptions, fallback?: string): Intl.Collator {
  return make((locales) => new Intl.Collator(locales, options), tag, fallback);
}

export function numberFormat(
  tag: string,
  options?: Intl.NumberFormatOptions,
  fallback?: string,
): Intl.NumberFormat {
  return make((locales) => new Intl.NumberFormat(locales, options), tag, fallback);
}

export function dateTimeFormat(
  tag: string,
  options?: Intl.DateTimeFormatOptions,
  fallback?: string,
): Intl.DateTimeFormat {
  return make((locales) => new Intl.DateTimeFormat(locales, options), tag, fallback);
}

export function listFormat(
  tag: string,
  options?: Intl.ListFormatOptions,
  fallback?: string,
): Intl.ListFormat {
  return make((locales) => new Intl.ListFormat(locales, options), tag, fallback);
}

/** A segmenter for `tag`, or null in an engine without Intl.Segmenter. */
export function segmenter(
  tag: string,
  options?: Intl.SegmenterOptions,
  fallback?: string,
): Intl.Segmenter | null {
  if (typeof Intl.Segmenter !== 'function') return null;
  return make((locales) => new Intl.Segmenter(locales, options), tag, fallback);
}

// The formatters below are made once per language: the first one made for a language loads its data.

/**
 * Counts and numbers in the interface's language ("6", "٦"). Every "Question 3 of 6" would otherwise
 * make its own formatter.
 */
export const wholeNumbers: (tag: string) => Intl.NumberFormat = remembered(
  new Map<string, Intl.NumberFormat>(),
  (tag) => numberFormat(tag),
);

/** "A, B and C" lists, as the byline, footer and glossary write them. */
export const longLists: (tag: string) => Intl.ListFormat = remembered(
  new Map<string, Intl.ListFormat>(),
  (tag) => listFormat(tag, { style: 'long', type: 'conjunction' }),
);

/** Long calendar dates, read in UTC (the publication's day, never shifted into the reader's zone). */
export const longDates: (tag: string) => Intl.DateTimeFormat = remembered(
  new Map<string, Intl.DateTimeFormat>(),
  (tag) => dateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }),
);
