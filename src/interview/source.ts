// Which interview to open: the built-in one, or `?src=` when it names a file on this same origin.
// Anything else is refused before a single request is made.

export const BUILT_IN_INTERVIEW = 'data/sound-of-metal.json';

export type SourceChoice = { ok: true; url: URL; builtIn: boolean } | { ok: false; src: string };

export function chooseSource(search: string, baseUrl: string): SourceChoice {
  const src = new URLSearchParams(search).get('src');
  if (src === null || src.trim() === '') {
    return { ok: true, url: new URL(BUILT_IN_INTERVIEW, baseUrl), builtIn: true };
  }
  let url: URL;
  try {
    url = new URL(src, baseUrl);
  } catch {
    return { ok: false, src };
  }
  const base = new URL(baseUrl);
  const sameOrigin = (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === base.origin;
  return sameOrigin ? { ok: true, url, builtIn: false } : { ok: false, src };
}
