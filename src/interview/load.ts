// Fetch → origin and type checks → size check → parse → validate. Returns the interview, or why not;
// never throws, except when the caller aborts.
import { handoverReceiver, type HandoverMessage } from './handover';
import type { LoadFailure, LoadResult } from './outcome';

export type { LoadFailure, LoadResult } from './outcome';

/** The contract's largest document is about 13 MB; 20 MB is plenty and still safe to hold. */
export const MAX_INTERVIEW_BYTES = 20 * 1024 * 1024;
/** A server that sends nothing for this long is not going to: the reader is told, and can try again. */
export const IDLE_TIMEOUT_MS = 20_000;

export interface LoadOptions {
  signal?: AbortSignal;
  maxBytes?: number;
  /** How long to wait for the answer to begin, and then for each next piece of it. */
  idleTimeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

export async function loadInterview(url: URL, options: LoadOptions = {}): Promise<LoadResult> {
  const { signal, maxBytes = MAX_INTERVIEW_BYTES, idleTimeoutMs = IDLE_TIMEOUT_MS } = options;
  const fetch = options.fetch ?? globalThis.fetch;
  // The validator is most of the code behind this; it downloads while the interview does, instead of
  // delaying the first paint as part of the initial bundle.
  const interpreter = import('./interpret');
  const interpret = async (bytes: Uint8Array) => {
    if (bytes.byteLength >= OFF_MAIN_THREAD_BYTES) {
      const result = await inWorker(bytes, signal);
      if (result !== undefined) return result;
    }
    const { decodeDocument, interpretText } = await interpreter;
    return interpretText(decodeDocument(bytes));
  };
  const idle = idleTimer(idleTimeoutMs, signal);
  const fail = (failure: LoadFailure): LoadResult => ({ ok: false, failure });
  /** Why a step failed: the caller's abort is rethrown, a timeout said, anything else is the network. */
  const failed = (error: unknown): LoadResult => {
    if (idle.timedOut) return fail({ kind: 'timeout' });
    if (signal?.aborted) throw error;
    return fail({ kind: 'network' });
  };
  try {
    let response: Response;
    try {
      // same-origin: a redirect to another site fails here instead of being followed.
      response = await fetch(url, { ...REQUEST, signal: idle.signal });
    } catch (error) {
      if (!idle.timedOut && !signal?.aborted && (await redirectsAway(fetch, url, idle.signal))) {
        return fail({ kind: 'otherOrigin' });
      }
      return failed(error);
    }
    idle.touch();
    // Also checked where the request mode is not enforced (a fetch stand-in, an old engine).
    if (response.url !== '' && new URL(response.url).origin !== url.origin) {
      await response.body?.cancel();
      return fail({ kind: 'otherOrigin' });
    }
    if (response.status === 404 || response.status === 410) return fail({ kind: 'notFound' });
    if (!response.ok) return fail({ kind: 'http', status: response.status });
    const refusedType = notJsonType(response.headers);
    if (refusedType !== undefined) {
      await response.body?.cancel();
      return fail({ kind: 'notJsonType', contentType: refusedType });
    }
    const declared = Number(response.headers.get('Content-Length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel();
      return fail({ kind: 'tooLarge', limitBytes: maxBytes });
    }
    let bytes: Uint8Array;
    try {
      const body = await readWithLimit(response, maxBytes, idle.touch);
      if (body === undefined) return fail({ kind: 'tooLarge', limitBytes: maxBytes });
      bytes = body;
    } catch (error) {
      return failed(error);
    }
    idle.stop();
    return await interpret(bytes);
  } finally {
    idle.stop();
  }
}

/** From this size a document is decoded, parsed and validated in a worker: a tenth of a second and more. */
export const OFF_MAIN_THREAD_BYTES = 1_000_000;

/** The document interpreted in a worker; undefined where there is none or it fails (then: here). */
function inWorker(bytes: Uint8Array, signal: AbortSignal | undefined): Promise<LoadResult | undefined> {
  if (typeof Worker === 'undefined') return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./interpret.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(undefined);
      return;
    }
    const onAbort = () => {
      worker.terminate();
      reject(signal?.reason);
    };
    const done = (result: LoadResult | undefined) => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const receive = handoverReceiver();
    worker.onmessage = (event: MessageEvent<HandoverMessage>) => {
      const result = receive(event.data);
      if (result !== undefined) done(result);
    };
    worker.onerror = () => done(undefined);
    worker.onmessageerror = () => done(undefined);
    // Copied, not transferred: were the worker to fail, the bytes are read here instead.
    worker.postMessage(bytes);
  });
}

const REQUEST: RequestInit = {
  headers: { Accept: 'application/json' },
  credentials: 'same-origin',
  mode: 'same-origin',
  redirect: 'follow',
};

/**
 * After a failed request: whether the address answers with a redirect. A redirect that same-origin
 * mode could not follow (or the CSP blocked) leads to another site; the reader says so in plain words
 * instead of blaming the connection. The redirect itself is never followed.
 */
async function redirectsAway(fetch: typeof globalThis.fetch, url: URL, signal: AbortSignal) {
  try {
    const probe = await fetch(url, { ...REQUEST, redirect: 'manual', signal });
    await probe.body?.cancel();
    return probe.type === 'opaqueredirect';
  } catch {
    return false;
  }
}

const JSON_TYPE = /^(?:application\/(?:[\w.+-]+\+)?json|text\/json)$/;
/** What servers send when they do not know a file's type: read it as JSON unless told not to sniff. */
const UNKNOWN_TYPES = new Set(['', 'text/plain', 'application/octet-stream']);

/** The response's type when it is not JSON (an HTML page, an image…), else undefined. */
export function notJsonType(headers: Headers): string | undefined {
  const type = (headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (JSON_TYPE.test(type)) return undefined;
  const nosniff = /(?:^|,)\s*nosniff\s*(?:$|,)/i.test(headers.get('X-Content-Type-Options') ?? '');
  if (UNKNOWN_TYPES.has(type) && !(nosniff && type !== '')) return undefined;
  return type;
}

/** An abort signal that fires when nothing has happened for `ms`, or when the caller aborts. */
function idleTimer(ms: number, outer: AbortSignal | undefined) {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const state = {
    signal: controller.signal,
    timedOut: false,
    touch: () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        state.timedOut = true;
        controller.abort(new DOMException('No answer in time', 'TimeoutError'));
      }, ms);
    },
    stop: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    },
  };
  const onAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) onAbort();
  else outer?.addEventListener('abort', onAbort);
  state.touch();
  return state;
}

/**
 * Reads the body's bytes, stopping as soon as they pass the limit (a missing or false Content-Length).
 * Decoding is left to whoever interprets them: for a large document, the worker.
 */
async function readWithLimit(
  response: Response,
  maxBytes: number,
  progress: () => void,
): Promise<Uint8Array | undefined> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    progress();
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
