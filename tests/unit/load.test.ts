// loadInterview with an injected fetch answering real Response objects: every outcome has a kind, and
// only an abort makes the promise reject.
import { describe, expect, it, vi } from 'vitest';
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
});
