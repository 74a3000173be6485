// What no document can do to the validator: flood it with problems, nest values until the stack gives
// out, smuggle line breaks or bidi controls into a problem's line, or make a term's uniqueness depend on
// the reader's locale. Also the one date rule the schema's pattern leaves open.
import { describe, expect, it } from 'vitest';
import { foldCase } from '../../src/interview/case-fold';
import { displayPointer, MAX_PROBLEMS, previewText, previewValue } from '../../src/interview/problems';
import { interpretText } from '../../src/interview/interpret';
import { deepNestingOffset } from '../../src/interview/parse';
import { isRealDate } from '../../src/interview/rules';
import { validateInterview } from '../../src/interview/validate';
import { fixture, minimal } from './fixtures';

function invalid(data: unknown) {
  const result = validateInterview(data);
  if (result.ok) throw new Error('expected the document to be invalid');
  return result;
}

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

describe('a flood of problems', () => {
  it('keeps the first 100 and counts every other one', () => {
    const result = invalid({ ...minimal(), exchanges: Array.from({ length: 250_000 }, () => 1) });
    expect(result.problems).toHaveLength(MAX_PROBLEMS);
    expect(result.problems[0]).toEqual({ pointer: '/exchanges', code: 'tooMany', params: { limit: 10_000 } });
    expect(result.problems[1]).toEqual({
      pointer: '/exchanges/0',
      code: 'type',
      params: { expected: 'object' },
    });
    // 1 maxItems + 250,000 wrong items, 100 of them listed.
    expect(result.omitted).toBe(250_001 - MAX_PROBLEMS);
  });

  it('counts the x-rules too, past the cap', () => {
    const exchange = (minimal()['exchanges'] as unknown[])[0];
    const result = invalid({ ...minimal(), exchanges: Array.from({ length: 300 }, () => exchange) });
    expect(result.problems).toHaveLength(MAX_PROBLEMS);
    expect(result.problems.every((p) => p.code === 'duplicateExchangeId')).toBe(true);
    expect(result.omitted).toBe(299 - MAX_PROBLEMS);
  });

  it('says an empty text once (it fails both "not empty" and "not blank"), below and above the cap', () => {
    const texts = Array.from({ length: 150 }, () => '');
    const result = invalid({ ...minimal(), intro: texts.map((text) => ({ text })) });
    expect(result.problems.slice(0, 2)).toEqual([
      { pointer: '/intro/0/text', code: 'empty', params: {} },
      { pointer: '/intro/1/text', code: 'empty', params: {} },
    ]);
    expect(result.problems.length + (result.omitted ?? 0)).toBe(150);
  });

  it('has no omitted count when everything is listed', () => {
    expect(invalid(fixture('duplicate-id'))).not.toHaveProperty('omitted');
  });
});

describe('nesting millions of levels deep', () => {
  it('is refused before JSON.parse, which would take seconds, at the line and column it starts', () => {
    const text = `{\n"schemaVersion": ${'['.repeat(9_800_000)}${']'.repeat(9_800_000)}}`;
    expect(interpretText(text)).toEqual({
      ok: false,
      failure: {
        kind: 'invalid',
        problems: [{ pointer: '', code: 'tooDeep', params: { limit: 32, line: 2, column: 49 } }],
      },
    });
  });

  it('counts brackets outside strings only, escaped quotes included', () => {
    expect(deepNestingOffset('{"a": "[[[[[\\"[[[[", "b": [[1]]}', 3)).toBe(-1);
    expect(deepNestingOffset('{"a": "x\\\\", "b": [[[1]]]}', 3)).toBe(20);
    expect(deepNestingOffset('[[[', 2)).toBe(2);
  });

  it('lets the deepest valid document through', () => {
    expect(interpretText(JSON.stringify(minimal())).ok).toBe(true);
  });
});

describe('values quoted in a problem', () => {
  it('survive a schemaVersion nested 100,000 levels deep, quoted by a bounded preview', () => {
    const [problem] = invalid({ ...minimal(), schemaVersion: nested(100_000) }).problems;
    expect(problem).toMatchObject({ pointer: '/schemaVersion', code: 'schemaVersion' });
    expect(String(problem?.params['actual'])).toBe('[[[["…"]]]]');
  });

  it('are cut to 60 characters, with control, line-breaking and bidi characters escaped', () => {
    expect(previewText('a\nb\tc\u202ed\u2069e\u0000')).toBe('a\\nb\\tc\\u202ed\\u2069e\\u0000');
    expect(previewText('x'.repeat(10_000_000))).toBe(`${'x'.repeat(60)}…`);
    expect(previewText('😀'.repeat(61))).toBe(`${'😀'.repeat(60)}…`);
    expect(previewValue({ a: 'b'.repeat(100), c: [1, 2, 3, 4, 5, 6, 7] })).toBe(`{"a":"${'b'.repeat(54)}…`);
    expect(previewValue('2')).toBe('"2"');
    expect(previewValue(2)).toBe('2');
  });

  it('keep a property name with a line break on one line', () => {
    const problems = invalid(fixture('newline-property')).problems;
    expect(problems).toEqual([
      {
        pointer: '/exchanges/0/question/note\nsecond line\u202e',
        code: 'unknownProperty',
        params: { property: 'note\\nsecond line\\u202e' },
      },
    ]);
    expect(displayPointer(problems[0]?.pointer ?? '')).toBe(
      '/exchanges/0/question/note\\nsecond line\\u202e',
    );
  });

  it('show a pointer of any length bounded', () => {
    const key = 'k'.repeat(1_000_000);
    const [problem] = invalid({ ...minimal(), [key]: 1 }).problems;
    expect(problem?.pointer).toBe(`/${key}`);
    expect(displayPointer(problem?.pointer ?? '').length).toBeLessThanOrEqual(201);
    expect(String(problem?.params['property']).length).toBeLessThanOrEqual(61);
  });
});

describe('glossary terms unique ignoring case, the same in every locale', () => {
  it('folds case by code point, with no locale: ſ and S are s, İ stays itself, ı stays apart from i', () => {
    expect(foldCase('ſign SIGN ẞ \u212A ΣΑς')).toBe('sign sign ß k σασ');
    expect(foldCase('İzmir')).toBe('İzmir');
    expect(foldCase('ılık')).not.toBe(foldCase('ilik'));
  });

  it('accepts "İzmir" beside "izmir" and refuses "IZMIR" beside "izmir", whatever the runtime locale', () => {
    expect(validateInterview(fixture('turkish-terms')).ok).toBe(true);
    const doc = fixture('turkish-terms') as { glossary: { term: string }[] };
    doc.glossary[0] = { ...doc.glossary[0], term: 'IZMIR' };
    expect(invalid(doc).problems).toEqual([
      {
        pointer: '/glossary/1/term',
        code: 'duplicateGlossaryTerm',
        params: { term: 'izmir', other: '/glossary/0/term' },
      },
    ]);
  });
});

describe('dates', () => {
  it.each(['2021-02-30', '2021-02-29', '2020-13-01', '2020-00-10', '2020-04-31', '2020-01-00', '1900-02-29'])(
    'refuses %s, a day that does not exist',
    (date) => expect(isRealDate(date)).toBe(false),
  );

  it.each([
    '2020-02-29',
    '2000-02-29',
    '2020-12-31',
    '0000-01-01',
    '2016-12-31T23:59:60Z',
    '2020-10-23T22:00-04:00',
  ])('accepts %s', (date) => expect(isRealDate(date)).toBe(true));

  it.each(['2020-10-23T24:00Z', '2020-10-23T10:60Z', '2020-10-23T10:00+24:00', '2020-10-23T10:00+05:60'])(
    'refuses the impossible time %s',
    (date) => expect(isRealDate(date)).toBe(false),
  );

  it('says so at /source/published', () => {
    expect(invalid(fixture('impossible-date')).problems).toEqual([
      { pointer: '/source/published', code: 'impossibleDate', params: { date: '2021-02-30' } },
    ]);
  });
});
