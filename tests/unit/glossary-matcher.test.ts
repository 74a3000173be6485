// The trie matcher beyond the rules in glossary-marks.test.ts: case folding without a locale, texts the
// old regular expressions froze on, and ids that stay unique whatever the terms and exchange ids are.
import { describe, expect, it } from 'vitest';
import {
  createMatcher,
  glossaryFragments,
  markText,
  type GlossaryEntry,
  type Segment,
} from '../../src/reading/glossary-marks';
import { exchangeFragment, questionTextId } from '../../src/reading/speakers';
import { markId } from '../../src/reading/article-view';

const entry = (term: string, aliases: string[] = []): GlossaryEntry => ({
  term,
  aliases,
  definition: `${term}.`,
});
const marks = (segments: Segment[]) =>
  segments.flatMap((s) => (typeof s === 'string' ? [] : [[s.text, s.entry]]));

describe('case folding', () => {
  it('matches a lower-case name in text written with the long s, or with the Kelvin sign', () => {
    const matcher = createMatcher([entry('session'), entry('kelvin')]);
    expect(marks(markText('The ſeſſion, 3 \u212Aelvin.', matcher))).toEqual([
      ['ſeſſion', 0],
      ['\u212Aelvin', 1],
    ]);
  });

  it('keeps a name with capitals exact: "Congress" is not "congress" nor "Congreſs"', () => {
    const matcher = createMatcher([entry('Congress')]);
    expect(marks(markText('congress, Congreſs, Congress', matcher))).toEqual([['Congress', 0]]);
  });

  it('folds without a locale: "izmir" matches "IZMIR" but not "İzmir", and "ılık" is not "ilik"', () => {
    const matcher = createMatcher([entry('izmir'), entry('ilik')]);
    expect(marks(markText('İzmir ılık; IZMIR ILIK', matcher))).toEqual([
      ['IZMIR', 0],
      ['ILIK', 1],
    ]);
  });

  it('gives a shared name to the first entry that has it', () => {
    const matcher = createMatcher([entry('caption', ['subtitle']), entry('subtitle')]);
    expect(marks(markText('A subtitle.', matcher))).toEqual([['subtitle', 0]]);
  });
});

describe('texts that froze the regular-expression matcher', () => {
  it('marks the contract’s largest glossary in a long text full of "ſ"', () => {
    const names = Array.from({ length: 500 }, (_, i) =>
      entry(
        `term${i}s`,
        Array.from({ length: 10 }, (_, j) => `alias${i}x${j}s`),
      ),
    );
    const matcher = createMatcher(names);
    const text = `${'ſ '.repeat(50_000)} term499ſ and alias3x7S.`;
    expect(marks(markText(text, matcher))).toEqual([
      ['term499ſ', 499],
      ['alias3x7S', 3],
    ]);
  });

  it('treats a long run of white space inside a name as one space', () => {
    const matcher = createMatcher([entry('sign language')]);
    expect(marks(markText(`sign${' \n'.repeat(100_000)}language`, matcher))).toHaveLength(1);
  });
});

describe('ids', () => {
  it('gives every glossary entry its own fragment, even when a number would take another’s', () => {
    const fragments = glossaryFragments([
      entry('a-3'),
      entry('a'),
      entry('a!'),
      entry('A'),
      entry('!'),
      entry('2'),
    ]);
    expect(fragments).toEqual([
      'glossary-a-3',
      'glossary-a',
      'glossary-a-3-2',
      'glossary-a-4',
      'glossary-5',
      'glossary-2',
    ]);
    expect(new Set(fragments).size).toBe(fragments.length);
  });

  it('never makes an exchange’s fragment from another exchange’s derived ids', () => {
    const ids = ['x', 'x-text', 'x-text-text', 'q', 'text'];
    const all = ids.flatMap((id) => {
      const fragment = exchangeFragment(id);
      return [fragment, questionTextId(fragment), markId(fragment, 'glossary-text')];
    });
    expect(new Set(all).size).toBe(all.length);
  });
});
