// JSON.parse, with the place of a syntax error turned into a line and column a person can find.
import type { Problem } from './problems';

export type ParseResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

export function parseJson(text: string): ParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const { line, column } = locateSyntaxError(text, detail);
    return { ok: false, problem: { pointer: '', code: 'invalidJson', params: { line, column } } };
  }
}

/**
 * Finds where JSON.parse stopped. Engines word this differently (and V8 often gives no place at all:
 * `Unexpected token 'x', "…" is not valid JSON`), so a place in the message is used when there is one,
 * and otherwise the text is scanned for its first error.
 */
export function locateSyntaxError(text: string, message: string): { line: number; column: number } {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/i.exec(message);
  if (position) return lineAndColumnAt(text, Number(position[1]));
  return lineAndColumnAt(text, firstSyntaxErrorOffset(text));
}

/**
 * Where `text` first nests arrays and objects more than `limit` deep, or -1. One pass that jumps over
 * strings: JSON.parse takes seconds on millions of levels, and no interview comes near the limit.
 */
export function deepNestingOffset(text: string, limit: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x22) {
      // To the closing quote: one not preceded by an odd number of backslashes.
      for (;;) {
        const end = text.indexOf('"', i + 1);
        if (end === -1) return -1;
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 0x5c) slashes++;
        i = end;
        if (slashes % 2 === 0) break;
      }
    } else if (char === 0x5b || char === 0x7b) {
      if (++depth > limit) return i;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return -1;
}

export function lineAndColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class ScanError {
  constructor(readonly offset: number) {}
}

/** The offset of the first character that makes `text` invalid JSON (its length if it ends too soon). */
export function firstSyntaxErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new ScanError(i);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text.charAt(i) !== char) fail();
      i++;
    }
  };
  const string = () => {
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) fail();
      const char = text.charAt(i);
      if (char === '"') return void i++;
      if (char < ' ') fail();
      if (char === '\\') {
        i++;
        const escaped = text.charAt(i);
        if (escaped === 'u') {
          for (let digit = 0; digit < 4; digit++) {
            i++;
            if (!/[0-9a-fA-F]/.test(text.charAt(i))) fail();
          }
        } else if (escaped === '' || !'"\\/bfnrt'.includes(escaped)) fail();
      }
      i++;
    }
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) {
      if (text.charAt(i) === '-') i++; // the error is what follows the sign
      return fail();
    }
    i += match[0].length;
  };
  const value = (): void => {
    space();
    const char = text.charAt(i);
    if (char === '{')
      return members('}', () => (text.charAt(i) === '"' ? string() : fail(), colon(), value()));
    if (char === '[') return members(']', value);
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    if (char === '-' || (char >= '0' && char <= '9')) return number();
    fail();
  };
  const colon = () => {
    space();
    if (text.charAt(i) !== ':') fail();
    i++;
  };
  const members = (close: string, member: () => void) => {
    i++;
    space();
    if (text.charAt(i) === close) return void i++;
    for (;;) {
      space();
      member();
      space();
      const char = text.charAt(i);
      if (char === close) return void i++;
      if (char !== ',') fail();
      i++;
    }
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return text.length;
  } catch (error) {
    // Nesting deep enough to exhaust the stack: the place reached is the best answer there is.
    return error instanceof ScanError ? error.offset : i;
  }
}
