// Bytes → text → JSON → a valid interview: shared by the app (after fetching) and the `validate`
// command (after reading a file), so both accept and refuse exactly the same documents.
import type { LoadResult } from './outcome';
import { deepNestingOffset, lineAndColumnAt, parseJson } from './parse';

/** No interview nests deeper than 5 (document, exchanges, exchange, answer, paragraphs); 32 is generous. */
export const MAX_NESTING = 32;
import { validateInterview } from './validate';

/**
 * A document's bytes as text: UTF-8, with one byte order mark dropped (editors save one), and invalid
 * bytes shown as U+FFFD, as the browser's own decoding does.
 */
export function decodeDocument(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** Parse and validate a document's text, as decodeDocument (or a streaming TextDecoder) gives it. */
export function interpretText(text: string): LoadResult {
  // A second byte order mark is no longer an editor's habit but a damaged file: say what it is.
  if (text.startsWith('\uFEFF')) {
    return {
      ok: false,
      failure: { kind: 'notJson', problem: { pointer: '', code: 'byteOrderMark', params: {} } },
    };
  }
  // Millions of nested brackets take JSON.parse seconds: refuse them first, by where they start.
  const deep = deepNestingOffset(text, MAX_NESTING);
  if (deep >= 0) {
    const params = { limit: MAX_NESTING, ...lineAndColumnAt(text, deep) };
    return { ok: false, failure: { kind: 'invalid', problems: [{ pointer: '', code: 'tooDeep', params }] } };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, failure: { kind: 'notJson', problem: parsed.problem } };
  const validated = validateInterview(parsed.value);
  if (validated.ok) return { ok: true, interview: validated.interview };
  const { problems, omitted } = validated;
  return {
    ok: false,
    failure: omitted === undefined ? { kind: 'invalid', problems } : { kind: 'invalid', problems, omitted },
  };
}
