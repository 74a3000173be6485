// How long the interview takes to read in the mode shown: words counted the way the language splits
// them (Intl.Segmenter knows scripts without spaces), at about 200 words a minute.
import { classOf, WORD_CHAR } from './glossary-text';
import { segmenter } from './locale';

export const WORDS_PER_MINUTE = 200;

type WordSegmenter = { segment: (text: string) => Iterable<{ isWordLike?: boolean }> };

/**
 * A word segmenter for `lang` (null in an engine without one), made on first use: making one costs
 * more than counting a whole interview in a spaced script, which never needs it.
 */
export function wordSegmenter(lang: string): WordSegmenter | null {
  if (typeof Intl.Segmenter !== 'function') return null;
  let made: WordSegmenter | null | undefined;
  return {
    segment: (text) => {
      made ??= segmenter(lang, { granularity: 'word' });
      return made?.segment(text) ?? [];
    },
  };
}

/** Scripts written without spaces between words: only a segmenter can count their words. */
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;

/**
 * Words in a text. Spaced scripts are counted as runs of letters and digits (with ’ and - inside),
 * several times faster than a segmenter over a 13 MB interview; scripts without spaces use
 * Intl.Segmenter where there is one.
 */
export function countWords(
  text: string,
  lang = 'en',
  segmenter: WordSegmenter | null = wordSegmenter(lang),
): number {
  if (segmenter === null || !UNSPACED_SCRIPT.test(text)) return countLetterRuns(text);
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike === true) count += 1;
  return count;
}

/**
 * Runs of letters, digits and marks (\p{L}\p{N}\p{M}), an apostrophe, ’ or hyphen between two of them
 * joining them into one word. A loop over cached character classes: a regular expression's list of
 * matches cost a fifth of a second on the largest interview, and as much again to collect.
 */
function countLetterRuns(text: string): number {
  let count = 0;
  let inWord = false;
  for (let offset = 0; offset < text.length;) {
    const cp = text.codePointAt(offset) ?? 0;
    offset += cp > 0xffff ? 2 : 1;
    if (classOf(cp) & WORD_CHAR) {
      if (!inWord) count += 1;
      inWord = true;
    } else if (!(inWord && JOINERS.has(cp) && classOf(text.codePointAt(offset) ?? 0) & WORD_CHAR)) {
      inWord = false;
    }
  }
  return count;
}
const JOINERS = new Set([0x27, 0x2019, 0x2d]);

/** Whole minutes, at least one: "about 0 minutes" helps nobody. */
export function minutesFor(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export function readingMinutes(texts: readonly string[], lang = 'en'): number {
  const segmenter = wordSegmenter(lang);
  return minutesFor(texts.reduce((sum, text) => sum + countWords(text, lang, segmenter), 0));
}
