import type { LoadResult } from './load';
import { parseJson } from './parse';
import { validateInterview } from './validate';

/** Parse and validate a document's text: shared by the app and the `validate` command. */
export function interpretText(text: string): LoadResult {
  // A byte order mark is not JSON, but editors save it; TextDecoder drops it, readFileSync does not.
  const parsed = parseJson(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (!parsed.ok) return { ok: false, failure: { kind: 'notJson', problem: parsed.problem } };
  const validated = validateInterview(parsed.value);
  return validated.ok
    ? { ok: true, interview: validated.interview }
    : { ok: false, failure: { kind: 'invalid', problems: validated.problems } };
}
