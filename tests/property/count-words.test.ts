// Counting words by a loop over character classes (reading-time.ts) agrees with the regular expression
// it replaced, on any text: letters of several scripts, digits, marks, apostrophes, hyphens, spaces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/reading/reading-time';
import { runs } from './settings';

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu;
const pieces = [
  'a',
  'Z',
  'é',
  'ß',
  '7',
  '\u0301',
  'ж',
  'ع',
  '𝒜',
  "'",
  '’',
  '-',
  '‐',
  ' ',
  '\n',
  '.',
  ',',
  '"',
];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

describe('counting words in a spaced script', () => {
  it('finds as many words as the regular expression does', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(countWords(text, 'en')).toBe(text.match(WORD)?.length ?? 0);
      }),
      { numRuns: runs(2_000) },
    );
  });
});
