// chooseSource: `?src=` may only name a file on the reader's own origin; anything else is refused.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_INTERVIEW, chooseSource } from '../../src/interview/source';

const base = 'https://example.org/reader/index.html';
const builtInUrl = 'https://example.org/reader/data/sound-of-metal.json';

function query(src: string): string {
  return '?' + new URLSearchParams({ src }).toString();
}

describe('chooseSource', () => {
  it('opens the built-in interview, beside the app, when there is no src', () => {
    const choice = chooseSource('', base);
    expect(BUILT_IN_INTERVIEW).toBe('data/sound-of-metal.json');
    expect(choice.ok && choice.url.href).toBe(builtInUrl);
    expect(choice.ok && choice.builtIn).toBe(true);
  });

  it.each(['?src=', '?src=%20%20', '?other=1'])('treats %s as no src', (search) => {
    const choice = chooseSource(search, base);
    expect(choice).toEqual({ ok: true, url: new URL(builtInUrl), builtIn: true });
  });

  it.each([
    ['interviews/a.json', 'https://example.org/reader/interviews/a.json'],
    ['./a.json', 'https://example.org/reader/a.json'],
    ['../a.json', 'https://example.org/a.json'],
    ['/data/a.json', 'https://example.org/data/a.json'],
    ['https://example.org/other/a.json', 'https://example.org/other/a.json'],
    ['a.json?v=2#x', 'https://example.org/reader/a.json?v=2#x'],
  ])('accepts the same-origin path %s', (src, href) => {
    const choice = chooseSource(query(src), base);
    expect(choice.ok && choice.url.href).toBe(href);
    expect(choice.ok && choice.builtIn).toBe(false);
  });

  it.each([
    'https://evil.example/x.json',
    '//evil.example/x.json',
    'javascript:alert(1)',
    'data:application/json,{"schemaVersion":1}',
    'http://example.org/reader/x.json',
    'https://example.org:8443/x.json',
    'blob:https://example.org/0d6c3c8e-4a07-4a8f-9f44-0b2c2b9b4c11',
    '\\\\evil.example/x.json',
    '/\\evil.example/x.json',
    'https://example.org@evil.example/x.json',
    'file:///etc/passwd',
  ])('refuses %s, and says which src it refused', (src) => {
    expect(chooseSource(query(src), base)).toEqual({ ok: false, src });
  });

  it('takes the protocol from the page: on http, https elsewhere is another origin', () => {
    const httpBase = 'http://localhost:5173/';
    expect(chooseSource(query('/a.json'), httpBase)).toMatchObject({ ok: true });
    expect(chooseSource(query('https://localhost:5173/a.json'), httpBase)).toMatchObject({ ok: false });
  });
});
