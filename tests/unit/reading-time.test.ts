import { describe, expect, it } from 'vitest';
import type { Interview } from '../../src/interview/generated/interview';
import { textsShown } from '../../src/reading/modes';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../../src/reading/reading-time';
import { builtInText } from './fixtures';

describe('countWords', () => {
  it('counts words, not punctuation or spaces', () => {
    expect(countWords('Reading isn’t one size — fits all?')).toBe(6);
    expect(countWords('  ')).toBe(0);
    expect(countWords('COVID-19, in 2020.')).toBeGreaterThanOrEqual(3);
  });
  it('counts words in a script written without spaces', () => {
    expect(countWords('彼は手話を学んだ', 'ja')).toBeGreaterThan(1);
  });
  it('falls back to letters and digits without a segmenter', () => {
    expect(countWords('It’s a well-known film — isn’t it?', 'en', null)).toBe(6);
  });
});

describe('readingMinutes', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
  it('rounds to whole minutes at 200 words a minute, and is never zero', () => {
    expect(WORDS_PER_MINUTE).toBe(200);
    expect(readingMinutes([words(10)])).toBe(1);
    expect(readingMinutes([words(299)])).toBe(1);
    expect(readingMinutes([words(300)])).toBe(2);
    expect(readingMinutes([words(600), words(400)])).toBe(5);
    expect(readingMinutes([])).toBe(1);
  });
  it('follows the mode: both counts the original and the plain versions', () => {
    const doc = JSON.parse(builtInText()) as Interview;
    const count = (mode: 'original' | 'plain' | 'both') =>
      textsShown(doc, mode).reduce((sum, text) => sum + countWords(text), 0);
    // Plain versions use shorter sentences, not always fewer words.
    expect(count('both')).toBe(count('original') + count('plain') - countWords('When did you film this?'));
    expect(readingMinutes(textsShown(doc, 'both'))).toBeGreaterThan(readingMinutes(textsShown(doc, 'plain')));
  });
});
