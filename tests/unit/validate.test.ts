// validateInterview: the one gate every document passes, schema and x-rules together.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/interview/problems';
import { validateInterview } from '../../src/interview/validate';
import { builtInText, fixture, minimal } from './fixtures';

function problemsOf(data: unknown): Problem[] {
  const result = validateInterview(data);
  if (result.ok) throw new Error('expected the document to be invalid');
  return result.problems;
}

function exchange(index: number): Record<string, unknown> {
  return {
    id: `exchange-${index}`,
    question: { speaker: 'host', text: `Question ${index}?` },
    answer: { speaker: 'guest', paragraphs: [`Answer ${index}.`] },
  };
}

describe('valid documents', () => {
  it.each([
    ['the built-in interview', () => JSON.parse(builtInText()) as unknown],
    ['minimal.json', () => fixture('minimal')],
    ['markup.json, whose markup is only text', () => fixture('markup')],
  ])('%s is valid', (_name, load) => {
    const result = validateInterview(load());
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('accepts the largest document the contract allows: 10,000 exchanges', () => {
    const exchanges = Array.from({ length: 10_000 }, (_, index) => exchange(index));
    const result = validateInterview({ ...minimal(), exchanges });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.interview.exchanges).toHaveLength(10_000);
  });

  it('refuses one exchange more than that', () => {
    const exchanges = Array.from({ length: 10_001 }, (_, index) => exchange(index));
    expect(problemsOf({ ...minimal(), exchanges })).toEqual([
      { pointer: '/exchanges', code: 'tooMany', params: { limit: 10_000 } },
    ]);
  });
});

describe('each broken fixture says exactly what is wrong', () => {
  it.each<[string, Problem[]]>([
    [
      'wrong-schema-version',
      [{ pointer: '/schemaVersion', code: 'schemaVersion', params: { actual: '2', supported: '1' } }],
    ],
    ['missing-exchanges', [{ pointer: '/exchanges', code: 'required', params: {} }]],
    ['blank-question', [{ pointer: '/exchanges/1/question/text', code: 'blank', params: {} }]],
    [
      'empty-answer',
      [{ pointer: '/exchanges/0/answer/paragraphs', code: 'emptyList', params: { limit: 1 } }],
    ],
    [
      'duplicate-id',
      [
        {
          pointer: '/exchanges/1/id',
          code: 'duplicateExchangeId',
          params: { id: 'one', other: '/exchanges/0/id' },
        },
      ],
    ],
    [
      'unknown-speaker',
      [
        {
          pointer: '/exchanges/1/answer/speaker',
          code: 'unknownSpeaker',
          params: { id: 'ghost', known: 'host, guest, producer' },
        },
      ],
    ],
    ['not-an-object', [{ pointer: '', code: 'notObject', params: { actual: 'array' } }]],
  ])('%s', (name, expected) => {
    expect(problemsOf(fixture(name))).toEqual(expected);
  });
});

describe('documents that are not objects', () => {
  it.each([
    [null, 'null'],
    ['an interview', 'string'],
    [42, 'number'],
    [[], 'array'],
    [true, 'boolean'],
  ])('%j is refused as a JSON %s', (data, actual) => {
    expect(problemsOf(data)).toEqual([{ pointer: '', code: 'notObject', params: { actual } }]);
  });
});

describe('every problem at once', () => {
  it('reports a missing title, a duplicate id and an unknown speaker together', () => {
    const doc = minimal();
    delete doc['title'];
    doc['exchanges'] = [exchange(1), { ...exchange(1), answer: { speaker: 'ghost', paragraphs: ['Boo.'] } }];
    const problems = problemsOf(doc);
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        { pointer: '/title', code: 'required', params: {} },
        {
          pointer: '/exchanges/1/id',
          code: 'duplicateExchangeId',
          params: { id: 'exchange-1', other: '/exchanges/0/id' },
        },
        expect.objectContaining({ pointer: '/exchanges/1/answer/speaker', code: 'unknownSpeaker' }),
      ]),
    );
  });

  it('a missing schemaVersion is reported as missing, not as an unsupported version', () => {
    const doc = minimal();
    delete doc['schemaVersion'];
    expect(problemsOf(doc)).toEqual([{ pointer: '/schemaVersion', code: 'required', params: {} }]);
  });

  it('a schemaVersion given as a string is not version 1', () => {
    expect(problemsOf({ ...minimal(), schemaVersion: '1' })).toEqual([
      { pointer: '/schemaVersion', code: 'schemaVersion', params: { actual: '"1"', supported: '1' } },
    ]);
  });
});

describe('schema problems', () => {
  it('names an unknown property at its own pointer', () => {
    expect(problemsOf({ ...minimal(), subtitel: 'Typo' })).toEqual([
      { pointer: '/subtitel', code: 'unknownProperty', params: { property: 'subtitel' } },
    ]);
  });

  it('names an unknown property inside a nested object', () => {
    const doc = minimal();
    doc['source'] = { ...(doc['source'] as object), editor: 'X' };
    expect(problemsOf(doc)).toEqual([
      { pointer: '/source/editor', code: 'unknownProperty', params: { property: 'editor' } },
    ]);
  });

  it('escapes "/" and "~" in an unknown property name, as RFC 6901 pointers require', () => {
    expect(problemsOf({ ...minimal(), 'a/b~c': 1 })).toEqual([
      { pointer: '/a~1b~0c', code: 'unknownProperty', params: { property: 'a/b~c' } },
    ]);
  });

  it.each([
    ['slug', { id: 'Not A Slug' }, '/id'],
    ['lang', { lang: 'english' }, '/lang'],
    ['date', { source: { publication: 'P', authors: ['A'], published: '23/10/2020' } }, '/source/published'],
    [
      'https',
      { source: { publication: 'P', authors: ['A'], published: '2020-10-23', url: 'http://example.org/' } },
      '/source/url',
    ],
  ])('a value that does not match its pattern gives the code %s', (code, change, pointer) => {
    expect(problemsOf({ ...minimal(), ...change })).toEqual([{ pointer, code, params: {} }]);
  });

  it('accepts a date and time with its offset, and a date alone', () => {
    for (const published of ['2020-10-23T10:00:00-04:00', '2020-10-23T10:00Z', '2024-02-29']) {
      const source = { publication: 'P', authors: ['A'], published };
      expect(validateInterview({ ...minimal(), source }).ok).toBe(true);
    }
  });

  it('an empty text field is one problem (empty), not also blank', () => {
    expect(problemsOf({ ...minimal(), title: '' })).toEqual([
      { pointer: '/title', code: 'empty', params: {} },
    ]);
  });

  it('a text field of spaces only is blank', () => {
    expect(problemsOf({ ...minimal(), title: ' \t ' })).toEqual([
      { pointer: '/title', code: 'blank', params: {} },
    ]);
  });

  it('an empty field without a "not blank" rule is empty', () => {
    const doc = minimal();
    const [first, ...rest] = doc['speakers'] as object[];
    doc['speakers'] = [{ ...first, shortName: '' }, ...rest];
    expect(problemsOf(doc)).toEqual([{ pointer: '/speakers/0/shortName', code: 'empty', params: {} }]);
  });

  it('names the expected type and the allowed values', () => {
    const doc = minimal();
    doc['title'] = 7;
    doc['speakers'] = [
      { id: 'host', name: 'Host', role: 'host' },
      { id: 'guest', name: 'Guest', role: 'interviewee' },
      { id: 'producer', name: 'Producer', role: 'other' },
    ];
    expect(problemsOf(doc)).toEqual(
      expect.arrayContaining([
        { pointer: '/title', code: 'type', params: { expected: 'string' } },
        {
          pointer: '/speakers/0/role',
          code: 'enum',
          params: { allowed: '"interviewer", "interviewee", "other"' },
        },
      ]),
    );
  });

  it('counts length in characters and names the limit', () => {
    expect(problemsOf({ ...minimal(), title: 'x'.repeat(501) })).toEqual([
      { pointer: '/title', code: 'tooLong', params: { limit: 500 } },
    ]);
    // 500 emoji are 1,000 UTF-16 code units but 500 characters: within the limit.
    expect(validateInterview({ ...minimal(), title: '🥁'.repeat(500) }).ok).toBe(true);
  });
});

describe('x-rules', () => {
  it('glossary terms must differ ignoring case', () => {
    const glossary = [
      { term: 'ASL', definition: 'American Sign Language.' },
      { term: 'Foley', definition: 'Sound effects.' },
      { term: 'asl', definition: 'Again.' },
    ];
    expect(problemsOf({ ...minimal(), glossary })).toEqual([
      {
        pointer: '/glossary/2/term',
        code: 'duplicateGlossaryTerm',
        params: { term: 'asl', other: '/glossary/0/term' },
      },
    ]);
  });

  it('speaker ids must be unique', () => {
    const doc = minimal();
    doc['speakers'] = [...(doc['speakers'] as object[]), { id: 'guest', name: 'Another', role: 'other' }];
    expect(problemsOf(doc)).toEqual([
      {
        pointer: '/speakers/3/id',
        code: 'duplicateSpeakerId',
        params: { id: 'guest', other: '/speakers/1/id' },
      },
    ]);
  });

  it('checks questions as well as answers for unknown speakers', () => {
    const doc = minimal();
    doc['exchanges'] = [{ ...exchange(0), question: { speaker: 'nobody', text: 'Who?' } }];
    expect(problemsOf(doc)).toEqual([
      {
        pointer: '/exchanges/0/question/speaker',
        code: 'unknownSpeaker',
        params: { id: 'nobody', known: 'host, guest, producer' },
      },
    ]);
  });
});
