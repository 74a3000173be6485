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

/** Finds where JSON.parse stopped, from the message engines give (V8, SpiderMonkey, JavaScriptCore). */
export function locateSyntaxError(text: string, message: string): { line: number; column: number } {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/i.exec(message);
  if (position) return lineAndColumnAt(text, Number(position[1]));
  // Messages without a place ("Unexpected end of JSON input"): the end of the text is where it broke.
  return lineAndColumnAt(text, text.length);
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
