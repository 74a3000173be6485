// How long the interview takes to read in the mode shown: words counted the way the language splits
// them (Intl.Segmenter knows scripts without spaces), at about 200 words a minute.
export const WORDS_PER_MINUTE = 200;

type WordSegmenter = { segment: (text: string) => Iterable<{ isWordLike?: boolean }> };

function segmenterFor(lang: string): WordSegmenter | null {
  if (typeof Intl.Segmenter !== 'function') return null;
  try {
    return new Intl.Segmenter(lang, { granularity: 'word' });
  } catch {
    return new Intl.Segmenter(undefined, { granularity: 'word' });
  }
}

/** Words in a text. Without Intl.Segmenter, runs of letters and digits (with ’ and - inside) count. */
export function countWords(
  text: string,
  lang = 'en',
  segmenter: WordSegmenter | null = segmenterFor(lang),
): number {
  if (segmenter === null) return text.match(/[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu)?.length ?? 0;
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike === true) count += 1;
  return count;
}

/** Whole minutes, at least one: "about 0 minutes" helps nobody. */
export function readingMinutes(texts: readonly string[], lang = 'en'): number {
  const segmenter = segmenterFor(lang);
  const words = texts.reduce((sum, text) => sum + countWords(text, lang, segmenter), 0);
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
