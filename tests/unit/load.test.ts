// loadInterview with an injected fetch answering real Response objects: every outcome has a kind, and
// only an abort makes the promise reject.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadInterview, type LoadOptions } from '../../src/interview/load';
import { fixtureText } from './fixtures';

const url = new URL('https://example.org/reader/data/interview.json');

function answering(response: Response | (() => Response)): NonNullable<LoadOptions['fetch']> {
  return vi.fn(() => Promise.resolve(typeof response === 'function' ? response() : response));
}

/** A body that arrives in chunks, recording whether the reader cancelled it. */
function streamOf(chunks: Uint8Array[]): { stream: ReadableStream<Uint8Array>; cancelled: () => boolean } {
  let cancelled = false;
  let next = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[next++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk);
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled };
}

describe('loadInterview', () => {
  it('returns the interview from a valid document', async () => {
    const fetch = answering(new Response(fixtureText('minimal'), { status: 200 }));
    const result = await loadInterview(url, { fetch });
    expect(result.ok && result.interview.title).toBe('A minimal interview');
    expect(fetch).toHaveBeenCalledWith(url, expect.objectContaining({ credentials: 'same-origin' }));
  });

  it('reads a document that starts with a UTF-8 byte order mark', async () => {
    const bytes = new TextEncoder().encode('\uFEFF' + fixtureText('minimal'));
    const result = await loadInterview(url, { fetch: answering(new Response(bytes)) });
    expect(result.ok).toBe(true);
  });

  it('decodes UTF-8 split across chunks', async () => {
    const bytes = new TextEncoder().encode(fixtureText('minimal').replace('A minimal', 'Ünïcödé 🥁'));
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) =>
      bytes.slice(i * 7, i * 7 + 7),
    );
    const result = await loadInterview(url, { fetch: answering(new Response(streamOf(chunks).stream)) });
    expect(result.ok && result.interview.title).toBe('Ünïcödé 🥁 interview');
  });

  it.each([404, 410])('reports %i as not found', async (status) => {
    const result = await loadInterview(url, { fetch: answering(new Response('gone', { status })) });
    expect(result).toEqual({ ok: false, failure: { kind: 'notFound' } });
  });

  it('reports another failing status with its number', async () => {
    const result = await loadInterview(url, { fetch: answering(new Response('oops', { status: 500 })) });
    expect(result).toEqual({ ok: false, failure: { kind: 'http', status: 500 } });
  });

  it('reports a fetch that fails as a network failure', async () => {
    const fetch = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await loadInterview(url, { fetch })).toEqual({ ok: false, failure: { kind: 'network' } });
  });

  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    const body = streamOf([new TextEncoder().encode(fixtureText('minimal'))]);
    const response = new Response(body.stream, { headers: { 'Content-Length': '1001' } });
    const result = await loadInterview(url, { fetch: answering(response), maxBytes: 1000 });
    expect(result).toEqual({ ok: false, failure: { kind: 'tooLarge', limitBytes: 1000 } });
    expect(body.cancelled()).toBe(true);
  });

  it('stops reading a body without Content-Length once it passes the limit', async () => {
    const chunk = new Uint8Array(400).fill(0x20);
    const body = streamOf([chunk, chunk, chunk, chunk, chunk]);
    const result = await loadInterview(url, { fetch: answering(new Response(body.stream)), maxBytes: 1000 });
    expect(result).toEqual({ ok: false, failure: { kind: 'tooLarge', limitBytes: 1000 } });
    expect(body.cancelled()).toBe(true);
  });

  it('accepts a body of exactly the limit', async () => {
    const bytes = new TextEncoder().encode(fixtureText('minimal'));
    const result = await loadInterview(url, {
      fetch: answering(new Response(bytes)),
      maxBytes: bytes.length,
    });
    expect(result.ok).toBe(true);
  });

  it('reports text that is not JSON, with the line and column', async () => {
    const result = await loadInterview(url, { fetch: answering(new Response(fixtureText('broken'))) });
    expect(result).toEqual({
      ok: false,
      failure: {
        kind: 'notJson',
        problem: { pointer: '', code: 'invalidJson', params: { line: 5, column: 3 } },
      },
    });
  });

  it('reports a document that is not a valid interview, with its problems', async () => {
    const result = await loadInterview(url, { fetch: answering(new Response(fixtureText('duplicate-id'))) });
    expect(result).toEqual({
      ok: false,
      failure: {
        kind: 'invalid',
        problems: [
          {
            pointer: '/exchanges/1/id',
            code: 'duplicateExchangeId',
            params: { id: 'one', other: '/exchanges/0/id' },
          },
        ],
      },
    });
  });

  it('rejects, rather than reporting a failure, when it is aborted', async () => {
    const controller = new AbortController();
    const fetch = vi.fn(
      (_input: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    );
    const loading = loadInterview(url, { fetch, signal: controller.signal });
    controller.abort();
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuses a double byte order mark, as the validate command does', async () => {
    const bytes = new TextEncoder().encode('\uFEFF\uFEFF' + fixtureText('minimal'));
    const result = await loadInterview(url, { fetch: answering(new Response(bytes)) });
    expect(result).toEqual({
      ok: false,
      failure: { kind: 'notJson', problem: { pointer: '', code: 'byteOrderMark', params: {} } },
    });
  });

  it('asks for same-origin mode, so a redirect to another site is never followed', async () => {
    const fetch = answering(() => new Response(fixtureText('minimal')));
    await loadInterview(url, { fetch });
    expect(fetch).toHaveBeenCalledWith(
      url,
      expect.objectContaining({ mode: 'same-origin', redirect: 'follow' }),
    );
  });

  it('says the interview moved to another site when a redirect could not be followed', async () => {
    const fetch = vi.fn((_input: RequestInfo | URL, init?: RequestInit) =>
      init?.redirect === 'manual'
        ? Promise.resolve(Object.defineProperty(new Response(null), 'type', { value: 'opaqueredirect' }))
        : Promise.reject(new TypeError('Failed to fetch')),
    );
    expect(await loadInterview(url, { fetch })).toEqual({ ok: false, failure: { kind: 'otherOrigin' } });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('still blames the network when the address answers no redirect either', async () => {
    const fetch = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await loadInterview(url, { fetch })).toEqual({ ok: false, failure: { kind: 'network' } });
  });

  it('refuses a response that ended up on another origin, where the mode is not enforced', async () => {
    const response = Object.defineProperty(new Response(fixtureText('minimal')), 'url', {
      value: 'https://elsewhere.example/interview.json',
    });
    const result = await loadInterview(url, { fetch: answering(response) });
    expect(result).toEqual({ ok: false, failure: { kind: 'otherOrigin' } });
  });

  it.each([
    ['text/html; charset=utf-8', {}, 'text/html'],
    ['image/png', {}, 'image/png'],
    ['text/plain', { 'X-Content-Type-Options': 'nosniff' }, 'text/plain'],
  ])('refuses a %s response %j as not JSON, naming its type', async (type, extra, named) => {
    const body = streamOf([new TextEncoder().encode(fixtureText('minimal'))]);
    const response = new Response(body.stream, { headers: { 'Content-Type': type, ...extra } });
    const result = await loadInterview(url, { fetch: answering(response) });
    expect(result).toEqual({ ok: false, failure: { kind: 'notJsonType', contentType: named } });
    expect(body.cancelled()).toBe(true);
  });

  it.each([
    ['application/json', {}],
    ['application/ld+json; charset=utf-8', { 'X-Content-Type-Options': 'nosniff' }],
    ['text/plain;charset=UTF-8', {}],
    ['application/octet-stream', {}],
    [null, { 'X-Content-Type-Options': 'nosniff' }],
  ])('reads a %s response %j as JSON', async (type, extra) => {
    const headers = new Headers(extra);
    if (type !== null) headers.set('Content-Type', type);
    const bytes = new TextEncoder().encode(fixtureText('minimal'));
    const result = await loadInterview(url, { fetch: answering(new Response(bytes, { headers })) });
    expect(result.ok).toBe(true);
  });
});

describe('a server that stops answering', () => {
  afterEach(() => vi.useRealTimers());

  /** A fetch whose answer never comes (or whose body never ends), until it is aborted. */
  function hanging(stage: 'headers' | 'body'): NonNullable<LoadOptions['fetch']> {
    return vi.fn(
      (_input: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((resolve, reject) => {
          const signal = init?.signal;
          if (stage === 'headers') {
            signal?.addEventListener('abort', () => reject(signal.reason));
            return;
          }
          const stream = new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"schemaVersion": 1,'));
              signal?.addEventListener('abort', () => controller.error(signal.reason));
            },
          });
          resolve(new Response(stream));
        }),
    );
  }

  it.each(['headers', 'body'] as const)('times out when no %s arrive for 20 seconds', async (stage) => {
    vi.useFakeTimers();
    const loading = loadInterview(url, { fetch: hanging(stage) });
    await vi.advanceTimersByTimeAsync(19_999);
    let settled = false;
    void loading.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(loading).resolves.toEqual({ ok: false, failure: { kind: 'timeout' } });
  });

  it('waits as long as pieces keep arriving', async () => {
    vi.useFakeTimers();
    const bytes = new TextEncoder().encode(fixtureText('minimal'));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, 15_000));
        if (sent >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(sent, sent + 100));
        sent += 100;
      },
    });
    const loading = loadInterview(url, { fetch: answering(new Response(stream)) });
    await vi.advanceTimersByTimeAsync(15_000 * (Math.ceil(bytes.length / 100) + 2));
    await expect(loading).resolves.toMatchObject({ ok: true });
  });
});
