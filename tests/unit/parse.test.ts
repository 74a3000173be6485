// parseJson and friends: a syntax error becomes a line and column a person can find in their editor.
import { describe, expect, it } from 'vitest';
import {
  firstSyntaxErrorOffset,
  lineAndColumnAt,
  locateSyntaxError,
  parseJson,
} from '../../src/interview/parse';
import { fixtureText } from './fixtures';

describe('lineAndColumnAt', () => {
  const text = 'ab\ncde\n\nf';

  it.each([
    [0, 1, 1],
    [1, 1, 2],
    [2, 1, 3], // the newline itself ends line 1
    [3, 2, 1],
    [5, 2, 3],
    [7, 3, 1],
    [8, 4, 1],
    [text.length, 4, 2], // just after the last character
  ])('offset %i is line %i, column %i', (offset, line, column) => {
    expect(lineAndColumnAt(text, offset)).toEqual({ line, column });
  });

  it('counts a CRLF line end as one line', () => {
    expect(lineAndColumnAt('a\r\nb', 3)).toEqual({ line: 2, column: 1 });
  });
});

describe('locateSyntaxError', () => {
  const text = '{\n  "a": 1\n  "b": 2\n}';

  it('reads V8 "position N" messages', () => {
    const message = "Expected ',' or '}' after property value in JSON at position 13";
    expect(locateSyntaxError(text, message)).toEqual({ line: 3, column: 3 });
  });

  it('reads SpiderMonkey "line L column C" messages', () => {
    const message =
      "JSON.parse: expected ',' or '}' after property value in object at line 2 column 5 of the JSON data";
    expect(locateSyntaxError(text, message)).toEqual({ line: 2, column: 5 });
  });

  it('prefers line and column when a message gives both', () => {
    const message = "Expected ',' or '}' after property value in JSON at position 0 (line 3 column 3)";
    expect(locateSyntaxError(text, message)).toEqual({ line: 3, column: 3 });
  });

  it('puts a message without a place at the end of the text', () => {
    expect(locateSyntaxError('{\n  "a": ', 'Unexpected end of JSON input')).toEqual({ line: 2, column: 8 });
    expect(locateSyntaxError('[1,\n', "JSON Parse error: Expected ']'")).toEqual({ line: 2, column: 1 });
  });
});

describe('parseJson', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJson('{"a": [1, null]}')).toEqual({ ok: true, value: { a: [1, null] } });
  });

  it('places the missing comma in broken.json before "lang" on line 5', () => {
    // broken.json: line 4 is `  "title": "Missing comma"`, line 5 is `  "lang": "en"`.
    expect(fixtureText('broken').split('\n')[4]).toBe('  "lang": "en"');
    expect(parseJson(fixtureText('broken'))).toEqual({
      ok: false,
      problem: { pointer: '', code: 'invalidJson', params: { line: 5, column: 3 } },
    });
  });

  it('places an error the engine reports by position', () => {
    const result = parseJson('{\n  "a": 1,\n}');
    expect(result).toEqual({
      ok: false,
      problem: { pointer: '', code: 'invalidJson', params: { line: 3, column: 1 } },
    });
  });

  it('places truncated JSON at its end', () => {
    expect(parseJson('{\n  "a": [1,')).toEqual({
      ok: false,
      problem: { pointer: '', code: 'invalidJson', params: { line: 2, column: 11 } },
    });
  });

  it('places an unexpected token where it is, not at the end of the text', () => {
    // V8 words this one "Unexpected token 'x', ... is not valid JSON", with no position in it.
    const text = '{\n  "a": x\n}\n\n\n';
    expect(parseJson(text)).toEqual({
      ok: false,
      problem: { pointer: '', code: 'invalidJson', params: { line: 2, column: 8 } },
    });
  });
});

describe('firstSyntaxErrorOffset', () => {
  it.each([
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ['[1, 2', 5],
    ['"tab\there"', 4],
    ['"bad \\x escape"', 6],
    ['"\\u12G4"', 5],
    ['{"a": tru}', 9],
    ['{"a": -}', 7],
    ['{} extra', 3],
    ["{'a': 1}", 1],
  ])('finds the first error in %j at offset %i', (text, offset) => {
    expect(firstSyntaxErrorOffset(text)).toBe(offset);
  });

  it('agrees that valid JSON has no error before its end', () => {
    const text = '{"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"], "b": {}}';
    expect(() => JSON.parse(text)).not.toThrow();
    expect(firstSyntaxErrorOffset(text)).toBe(text.length);
  });

  it('survives nesting deep enough to exhaust the stack', () => {
    const text = '['.repeat(200_000) + 'x';
    const offset = firstSyntaxErrorOffset(text);
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThanOrEqual(text.length);
  });
});
