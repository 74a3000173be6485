// Which parts of the article are long enough to end with "Back to top" on a narrow screen: more words
// than a phone shows at once at the default size. Decided from the words, not from layout, so the
// prerendered page already has the links where they belong and nothing moves when script arrives.
import type { Interview } from '../interview/generated/interview';
import type { SectionId } from './article-view';
import { countWords, wordSegmenter } from './reading-time';

/** About one screen of a 390 × 844 phone at the default text size (some 26 lines of 6 words). */
export const LONG_PART_WORDS = 150;

/** Whether the texts hold at least LONG_PART_WORDS words; stops counting once they do. */
function isLong(texts: Iterable<string>, lang: string): boolean {
  const segmenter = wordSegmenter(lang);
  let words = 0;
  for (const text of texts) {
    words += countWords(text, lang, segmenter);
    if (words >= LONG_PART_WORDS) return true;
  }
  return false;
}

function* interviewTexts(interview: Interview): Generator<string> {
  for (const { question, answer } of interview.exchanges) {
    yield question.text;
    yield* answer.paragraphs;
  }
}

function* glossaryTexts(interview: Interview): Generator<string> {
  for (const entry of interview.glossary ?? []) {
    yield entry.term;
    yield* entry.aliases ?? [];
    yield entry.definition;
  }
}

/** The article's sections that count as long, by their original words. */
export function longParts(interview: Interview): ReadonlySet<SectionId> {
  const { lang } = interview;
  const parts: [SectionId, Iterable<string>][] = [
    ['introduction', (interview.intro ?? []).map((passage) => passage.text)],
    ['in-brief', interview.summary ? [interview.summary.plain, ...(interview.summary.keyPoints ?? [])] : []],
    ['interview', interviewTexts(interview)],
    ['afterword', (interview.outro ?? []).map((passage) => passage.text)],
    ['glossary', glossaryTexts(interview)],
  ];
  return new Set(parts.filter(([, texts]) => isLong(texts, lang)).map(([id]) => id));
}
