// The pure helpers the reader shows text with: direction, dates, lists, speakers, and problem sentences.
import { describe, expect, it } from 'vitest';
import { createI18n, problemMessage } from '../../src/i18n/i18n';
import en from '../../src/i18n/locales/en.json';
import type { Interview } from '../../src/interview/generated/interview';
import type { Problem, ProblemCode } from '../../src/interview/problems';
import { displayPointer, toPointer } from '../../src/interview/problems';
import { formatPublishedDate } from '../../src/reading/dates';
import { directionOf, isolate } from '../../src/reading/direction';
import { formatList } from '../../src/reading/lists';
import { exchangeFragment, indexSpeakers, speakerFor } from '../../src/reading/speakers';
import { minimal } from './fixtures';

describe('directionOf', () => {
  it.each([
    ['en', 'ltr'],
    ['en-US', 'ltr'],
    ['ar', 'rtl'],
    ['AR', 'rtl'],
    ['he', 'rtl'],
    ['fa-IR', 'rtl'],
    ['ur-PK', 'rtl'],
    ['ckb', 'rtl'],
    ['az-Arab', 'rtl'],
    ['az', 'ltr'],
    ['ku-Latn', 'ltr'],
    ['ku-Arab-IQ', 'rtl'],
    ['uz-Arab-AF', 'rtl'],
    ['pa-Arab', 'rtl'],
    ['sr-Cyrl', 'ltr'],
    ['es-419', 'ltr'],
  ])('%s is %s', (tag, direction) => {
    expect(directionOf(tag)).toBe(direction);
  });
});

describe('formatPublishedDate', () => {
  it('keeps the calendar date it was published on, late in the evening west of UTC', () => {
    expect(formatPublishedDate('2020-10-23T22:30:00-04:00', 'en')).toBe('October 23, 2020');
  });

  it('keeps the calendar date early in the morning east of UTC', () => {
    expect(formatPublishedDate('2020-10-23T01:30:00+09:00', 'en')).toBe('October 23, 2020');
  });

  it('writes the date as the reader’s language does', () => {
    expect(formatPublishedDate('2020-10-23T22:30:00-04:00', 'es')).toBe('23 de octubre de 2020');
  });

  it('reads a date alone, leap day included', () => {
    expect(formatPublishedDate('2024-02-29', 'en')).toBe('February 29, 2024');
  });
});

describe('formatList', () => {
  it.each<[string[], string, string]>([
    [['Shana Naomi Krochmal'], 'en', 'Shana Naomi Krochmal'],
    [['A', 'B'], 'en', 'A and B'],
    [['A', 'B', 'C'], 'en', 'A, B, and C'],
    [['A', 'B', 'C'], 'es', 'A, B y C'],
    [[], 'en', ''],
  ])('%j in %s is “%s”', (items, locale, expected) => {
    expect(formatList(items, locale)).toBe(expected);
  });
});

describe('speakers', () => {
  const interview = minimal() as unknown as Interview;

  it('finds each speaker by id', () => {
    const index = indexSpeakers(interview);
    expect(index.size).toBe(3);
    expect(speakerFor(index, 'guest')).toEqual({ id: 'guest', name: 'Guest', role: 'interviewee' });
  });

  it('falls back to the id as a name rather than failing', () => {
    expect(speakerFor(indexSpeakers(interview), 'ghost')).toEqual({
      id: 'ghost',
      name: 'ghost',
      role: 'other',
    });
  });

  it('derives an exchange’s fragment from its id', () => {
    expect(exchangeFragment('one')).toBe('q-one');
  });
});

describe('pointers', () => {
  it('escapes "~" and "/" as RFC 6901 requires', () => {
    expect(toPointer(['glossary', 0, 'a/b~c'])).toBe('/glossary/0/a~1b~0c');
    expect(toPointer([])).toBe('');
  });

  it('shows the whole document as "/"', () => {
    expect(displayPointer('')).toBe('/');
    expect(displayPointer('/title')).toBe('/title');
  });
});

describe('problemMessage', () => {
  const { t } = createI18n('en');
  const examples: Record<ProblemCode, Problem['params']> = {
    notObject: { actual: 'array' },
    invalidJson: { line: 5, column: 3 },
    schemaVersion: { actual: '2', supported: '1' },
    required: {},
    unknownProperty: { property: 'subtitel' },
    type: { expected: 'string' },
    enum: { allowed: '"interviewer", "interviewee", "other"' },
    empty: {},
    blank: {},
    tooLong: { limit: 500 },
    emptyList: { limit: 1 },
    tooMany: { limit: 10_000 },
    slug: {},
    lang: {},
    date: {},
    https: {},
    duplicateExchangeId: { id: 'one', other: '/exchanges/0/id' },
    duplicateSpeakerId: { id: 'host', other: '/speakers/0/id' },
    duplicateGlossaryTerm: { term: 'ASL', other: '/glossary/0/term' },
    unknownSpeaker: { id: 'ghost', known: 'host, guest' },
    other: { detail: 'must be equal to one of the allowed values' },
    byteOrderMark: {},
    impossibleDate: { date: '2021-02-30' },
    langNotRecognised: { lang: 'en-12' },
    tooDeep: { limit: 32, line: 1, column: 40 },
  };

  // Every detail a problem carries appears in its sentence.
  const notShown: Partial<Record<string, string[]>> = {};

  it('has a sentence for every problem code, and no other', () => {
    expect(Object.keys(en.problem).sort()).toEqual(Object.keys(examples).sort());
  });

  it.each(Object.entries(examples))('renders %s as an English sentence with its details', (code, params) => {
    const message = problemMessage(t, { pointer: '/x', code: code as ProblemCode, params });
    expect(message).not.toContain('{{');
    expect(message).not.toContain('problem.');
    expect(message).toMatch(/^[“A-Z].*[.:]$/);
    for (const [name, value] of Object.entries(params)) {
      if (!notShown[code]?.includes(name)) expect(message).toContain(String(value));
    }
  });

  it('reads naturally for a few codes', () => {
    expect(problemMessage(t, { pointer: '', code: 'invalidJson', params: { line: 5, column: 3 } })).toBe(
      'The JSON is broken at line 5, column 3.',
    );
    expect(
      problemMessage(t, {
        pointer: '/exchanges/1/answer/speaker',
        code: 'unknownSpeaker',
        params: { id: 'ghost', known: 'host, guest' },
      }),
    ).toBe('No speaker has the id “ghost”. Known speakers: host, guest.');
  });
});

describe('isolate', () => {
  it('wraps document text in first-strong isolates, so it keeps its own direction in a sentence', () => {
    expect(isolate('Shana Naomi Krochmal')).toBe('\u2068Shana Naomi Krochmal\u2069');
    expect(isolate('Shana Naomi Krochmal').length).toBe('Shana Naomi Krochmal'.length + 2);
  });
});
