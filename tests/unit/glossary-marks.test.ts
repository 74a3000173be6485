import { describe, expect, it } from 'vitest';
import {
  createMatcher,
  glossaryFragments,
  markText,
  markTexts,
  type GlossaryEntry,
  type Segment,
} from '../../src/reading/glossary-marks';

const entry = (term: string, aliases: string[] = []): GlossaryEntry => ({
  term,
  aliases,
  definition: `${term}.`,
});

/** Segments written compactly: marks as [text, entry]. */
const compact = (segments: Segment[]) =>
  segments.map((segment) => (typeof segment === 'string' ? segment : [segment.text, segment.entry]));

describe('markText', () => {
  it('marks whole words only, never part of a word', () => {
    const matcher = createMatcher([entry('sign')]);
    expect(compact(markText('Signs, a signal, and one sign.', matcher))).toEqual([
      'Signs, a signal, and one ',
      ['sign', 0],
      '.',
    ]);
  });

  it('prefers the longest name at the same place, and never marks inside a mark', () => {
    const matcher = createMatcher([entry('sign'), entry('sign language'), entry('language')]);
    expect(compact(markText('Learning sign language.', matcher))).toEqual([
      'Learning ',
      ['sign language', 1],
      '.',
    ]);
  });

  it('takes the leftmost of two overlapping names', () => {
    const matcher = createMatcher([entry('deaf culture'), entry('culture shock')]);
    expect(compact(markText('deaf culture shock', matcher))).toEqual([['deaf culture', 0], ' shock']);
  });

  it('marks an entry once per unit, by its term or any alias, and leaves later ones whole', () => {
    const matcher = createMatcher([entry('deaf culture', ['deaf community']), entry('culture')]);
    const [first, second] = markTexts(
      ['The deaf community in New York.', 'Deaf culture is a culture.'],
      matcher,
    );
    expect(compact(first ?? [])).toEqual(['The ', ['deaf community', 0], ' in New York.']);
    // "Deaf culture" is entry 0 again: not marked, and its "culture" is not marked inside it.
    expect(compact(second ?? [])).toEqual(['Deaf culture is a ', ['culture', 1], '.']);
  });

  it('handles punctuation around and inside names', () => {
    const matcher = createMatcher([entry('hard-captioned subtitles', ['hard-captioned']), entry('TIFF')]);
    expect(compact(markText('(TIFF), “hard‑captioned subtitles”; TIFF’s', matcher))).toEqual([
      '(',
      ['TIFF', 1],
      '), “',
      ['hard‑captioned subtitles', 0],
      '”; TIFF’s',
    ]);
  });

  it('matches any run of white space inside a name, and either apostrophe', () => {
    const matcher = createMatcher([entry('sober house'), entry("director's cut")]);
    expect(compact(markText('a sober\n house, the director’s cut', matcher))).toEqual([
      'a ',
      ['sober\n house', 0],
      ', the ',
      ['director’s cut', 1],
    ]);
  });

  it('matches a lower-case name in any case, and a name with capitals exactly', () => {
    const matcher = createMatcher([entry('sign language'), entry('Deaf'), entry('ASL')]);
    expect(compact(markText('Sign language. The deaf actor; asl; ASL. Deaf artists.', matcher))).toEqual([
      ['Sign language', 0],
      '. The deaf actor; asl; ',
      ['ASL', 2],
      '. ',
      ['Deaf', 1],
      ' artists.',
    ]);
  });

  it('works for aliases with capitals inside lower-case terms (the alias wins where it is longer)', () => {
    const matcher = createMatcher([entry('ASL', ['American Sign Language']), entry('sign language')]);
    expect(compact(markText('American Sign Language is a sign language.', matcher))).toEqual([
      ['American Sign Language', 0],
      ' is a ',
      ['sign language', 1],
      '.',
    ]);
  });

  it('uses Unicode word boundaries in other scripts', () => {
    const matcher = createMatcher([entry('жестовый язык'), entry('لغة الإشارة'), entry('café')]);
    expect(compact(markText('Жестовый язык, жестовыйязык.', matcher))).toEqual([
      ['Жестовый язык', 0],
      ', жестовыйязык.',
    ]);
    expect(compact(markText('تعلم لغة الإشارة.', matcher))).toEqual(['تعلم ', ['لغة الإشارة', 1], '.']);
    // A combining accent is part of the word: "cafés" and "café" + U+0301 are not "café".
    expect(compact(markText('cafés, café, cafe\u0301', matcher))).toEqual([
      'cafés, ',
      ['café', 2],
      ', cafe\u0301',
    ]);
  });

  it('matches inside running text in scripts written without spaces, and before Korean particles', () => {
    const matcher = createMatcher([entry('手話'), entry('수화')]);
    expect(compact(markText('彼は手話を学んだ。', matcher))).toEqual(['彼は', ['手話', 0], 'を学んだ。']);
    expect(compact(markText('그는 수화를 배웠다. 고수화', matcher))).toEqual([
      '그는 ',
      ['수화', 1],
      '를 배웠다. 고수화',
    ]);
  });

  it('treats regular-expression characters in names as text', () => {
    const matcher = createMatcher([entry('C++'), entry('(a)')]);
    expect(compact(markText('C++ and (a), not Cxx', matcher))).toEqual([
      ['C++', 0],
      ' and ',
      ['(a)', 1],
      ', not Cxx',
    ]);
  });

  it('returns the text whole when nothing matches or the glossary is empty', () => {
    expect(markText('Nothing here.', createMatcher([entry('purgatory')]))).toEqual(['Nothing here.']);
    expect(markText('Nothing here.', createMatcher([]))).toEqual(['Nothing here.']);
    expect(markText('', createMatcher([entry('x')]))).toEqual([]);
  });
});

describe('glossaryFragments', () => {
  it('derives a fragment from each term, unique, in any script', () => {
    expect(glossaryFragments([entry('Sign language'), entry('TIFF'), entry('手話'), entry('tiff!')])).toEqual(
      ['glossary-sign-language', 'glossary-tiff', 'glossary-手話', 'glossary-tiff-4'],
    );
  });
});
