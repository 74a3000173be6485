// Intl with any tag the contract admits: never a RangeError, always the nearest locale Intl accepts.
import { describe, expect, it } from 'vitest';
import { formatPublishedDate } from '../../src/reading/dates';
import { formatList } from '../../src/reading/lists';
import { collator, isWellFormedLocale, segmenter, usableLocale } from '../../src/reading/locale';
import { countWords } from '../../src/reading/reading-time';

// Each matches the contract's pattern ^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$; Intl refuses each as written.
const refused = ['en-12', 'en-US-US', 'en-a1', 'ja-JP-JP-12', 'xx-YY-ZZ'];

describe('usableLocale', () => {
  it.each([
    ['en-12', 'en'],
    ['en-US-US', 'en-US'],
    ['ja-JP-JP-12', 'ja-JP'],
    ['xx-YY-ZZ', 'xx-YY'],
    ['EN-gb', 'en-GB'],
  ])('turns %s into %s', (tag, usable) => {
    expect(usableLocale(tag)).toBe(usable);
  });

  it.each(refused)('has every Intl constructor accept what it makes of %s', (tag) => {
    expect(isWellFormedLocale(tag)).toBe(false);
    expect(() => new Intl.Collator(tag)).toThrow(RangeError);
    expect(() => collator(tag).compare('a', 'b')).not.toThrow();
    expect(() => segmenter(tag, { granularity: 'word' })).not.toThrow();
    expect(() => formatList(['a', 'b', 'c'], tag)).not.toThrow();
    expect(() => formatPublishedDate('2020-10-23', tag)).not.toThrow();
    expect(countWords('one two three', tag)).toBe(3);
  });

  it('sorts by the usable part of the tag: Swedish puts å after z, even written sv-SE-SE', () => {
    const words = ['å', 'z', 'a'];
    expect([...words].sort(collator('sv-SE-SE').compare)).toEqual(['a', 'z', 'å']);
  });

  it('falls back to the interface language, then the runtime, when no prefix is usable', () => {
    expect(usableLocale('x')).toBeUndefined();
    expect(collator('x', undefined, 'es').resolvedOptions().locale).toBe('es');
    expect(() => collator('x').compare('a', 'b')).not.toThrow();
  });
});

describe('formatPublishedDate', () => {
  it('writes the date as published, in the reader’s language', () => {
    expect(formatPublishedDate('2020-10-23T22:00-04:00', 'en')).toBe('October 23, 2020');
    expect(formatPublishedDate('2020-10-23', 'es')).toBe('23 de octubre de 2020');
  });

  it('reads the years 0–99 as written, not as 1900–1999', () => {
    expect(formatPublishedDate('0099-03-01', 'en')).toBe('March 1, 99');
  });

  it('never shows a day that does not exist as another day', () => {
    expect(formatPublishedDate('2021-02-30', 'en')).toBe('2021-02-30');
    expect(formatPublishedDate('not a date', 'en')).toBe('not a date');
  });
});
