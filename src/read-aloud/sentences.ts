// Text into what one utterance says: a sentence, found by Intl.Segmenter for the text's own language.
// A very long sentence is split at clause boundaries (then words), so no single utterance runs long
// enough for a browser to cut it off (Chrome stops network voices after about 15 seconds).

export interface Span {
  start: number;
  end: number;
}

/** About ten seconds of speech at normal speed: longer sentences are said in parts. */
export const MAX_UTTERANCE = 160;

const SPEAKABLE = /[\p{L}\p{N}]/u;
/** Where a clause ends: a comma, semicolon, colon or dash and the space after it (or CJK's own marks). */
const CLAUSE_END = /[,;:\u2013\u2014](?=\s)|[\u3001\uff0c\uff1b\uff1a\u060c\u061b]/gu;

function segmenter(lang: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  try {
    return new Intl.Segmenter(lang, { granularity });
  } catch {
    return new Intl.Segmenter(undefined, { granularity });
  }
}

/** The span without the white space at either end. */
function trim(text: string, { start, end }: Span): Span {
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** Cuts `span` before `max` characters: at the last clause end that fits, else the last word end. */
function cutPoint(text: string, span: Span, max: number, lang: string): number {
  const slice = text.slice(span.start, span.start + max);
  let cut = -1;
  for (const match of slice.matchAll(CLAUSE_END)) cut = match.index + match[0].length;
  if (cut > max / 4) return span.start + cut;
  for (const word of segmenter(lang, 'word').segment(slice)) {
    if (word.isWordLike && word.index + word.segment.length < slice.length) {
      cut = word.index + word.segment.length;
    }
  }
  return span.start + (cut > 0 ? cut : max);
}

/** Parts of at most `max` characters, cut where a reader would breathe. */
export function splitLong(text: string, span: Span, lang: string, max = MAX_UTTERANCE): Span[] {
  const parts: Span[] = [];
  let rest = span;
  while (rest.end - rest.start > max) {
    const cut = cutPoint(text, rest, max, lang);
    parts.push(trim(text, { start: rest.start, end: cut }));
    rest = trim(text, { start: cut, end: rest.end });
  }
  if (rest.end > rest.start) parts.push(rest);
  return parts.filter((part) => SPEAKABLE.test(text.slice(part.start, part.end)));
}

/** The sentences of `text` as spans, trimmed, each short enough for one utterance. */
export function sentenceSpans(text: string, lang: string, max = MAX_UTTERANCE): Span[] {
  const spans: Span[] = [];
  for (const { index, segment } of segmenter(lang, 'sentence').segment(text)) {
    const span = trim(text, { start: index, end: index + segment.length });
    if (SPEAKABLE.test(text.slice(span.start, span.end))) spans.push(...splitLong(text, span, lang, max));
  }
  return spans;
}

/**
 * The word a voice's `boundary` event points at: from its character index to the end of the word
 * there (voices that send no length), or the length it sent.
 */
export function wordAt(text: string, index: number, lang: string, length?: number): Span | null {
  if (index < 0 || index >= text.length) return null;
  if (length !== undefined && length > 0) return { start: index, end: Math.min(text.length, index + length) };
  for (const word of segmenter(lang, 'word').segment(text)) {
    const end = word.index + word.segment.length;
    if (end > index && word.isWordLike) return { start: Math.max(word.index, index), end };
  }
  return null;
}
