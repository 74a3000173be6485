// Fetch → size check → parse → validate. Returns the interview, or why not, never throws.
import type { Interview } from './generated/interview';
import type { Problem } from './problems';

/** The contract's largest document is about 10 MB; twice that is plenty and still safe to hold. */
export const MAX_INTERVIEW_BYTES = 20 * 1024 * 1024;

export type LoadFailure =
  | { kind: 'notFound' }
  | { kind: 'http'; status: number }
  | { kind: 'network' }
  | { kind: 'tooLarge'; limitBytes: number }
  | { kind: 'notJson'; problem: Problem }
  | { kind: 'invalid'; problems: Problem[] };

export type LoadResult = { ok: true; interview: Interview } | { ok: false; failure: LoadFailure };

export interface LoadOptions {
  signal?: AbortSignal;
  maxBytes?: number;
  fetch?: typeof globalThis.fetch;
}

export async function loadInterview(url: URL, options: LoadOptions = {}): Promise<LoadResult> {
  const { signal, maxBytes = MAX_INTERVIEW_BYTES, fetch = globalThis.fetch } = options;
  // The validator is most of the code behind this; it downloads while the interview does, instead of
  // delaying the first paint as part of the initial bundle.
  const interpreter = import('./interpret');
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    return fail({ kind: 'network' });
  }
  if (response.status === 404 || response.status === 410) return fail({ kind: 'notFound' });
  if (!response.ok) return fail({ kind: 'http', status: response.status });

  const declared = Number(response.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return fail({ kind: 'tooLarge', limitBytes: maxBytes });
  }
  let text: string;
  try {
    const body = await readWithLimit(response, maxBytes);
    if (body === undefined) return fail({ kind: 'tooLarge', limitBytes: maxBytes });
    text = body;
  } catch (error) {
    if (signal?.aborted) throw error;
    return fail({ kind: 'network' });
  }
  return (await interpreter).interpretText(text);
}

/** Reads the body as UTF-8, stopping as soon as it passes the limit (a missing or false Content-Length). */
async function readWithLimit(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function fail(failure: LoadFailure): LoadResult {
  return { ok: false, failure };
}
