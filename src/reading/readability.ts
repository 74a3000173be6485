// Flesch–Kincaid grade of English text, for the validate command only (never in the browser bundle):
// sentences as Intl.Segmenter finds them, syllables from the maintained `syllable` list.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

// Made once: building a segmenter costs far more than using one, and an interview has 20,000 fields.
const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
// English words: runs of letters and digits, with an apostrophe or hyphen inside ("don’t", "hard-of").
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const syllableCounts = new Map<string, number>();

/** Syllables of a word, remembered (as written, and lower-cased): a few thousand words make up most of any interview. */
function syllables(word: string): number {
  let count = syllableCounts.get(word);
  if (count === undefined) {
    const key = word.toLowerCase();
    count = syllableCounts.get(key) ?? Math.max(1, syllable(key));
    syllableCounts.set(key, count);
    syllableCounts.set(word, count);
  }
  return count;
}

// Each distinct text is graded once: documents repeat text (boilerplate, a plain version that is its
// original), and the grade of the same text is the same.
const grades = new Map<string, number | null>();
const MAX_REMEMBERED = 50_000;

export function fleschKincaidGrade(text: string): number | null {
  let grade = grades.get(text);
  if (grade === undefined) {
    grade = gradeOf(text);
    if (grades.size >= MAX_REMEMBERED) grades.clear();
    grades.set(text, grade);
  }
  return grade;
}

function gradeOf(text: string): number | null {
  // The segmenter breaks after abbreviations ("Nov. 20", "Dec. 4."): a piece that starts with a
  // digit or a lower-case letter, or has no letter at all, continues the sentence before it.
  let sentences = 0;
  for (const { segment, index } of sentenceSegmenter.segment(text)) {
    if (index === 0 || (/\p{L}/u.test(segment) && !/^\s*[\p{Ll}\p{N}]/u.test(segment))) sentences++;
  }
  // match, not matchAll: the words as strings, without a match object each (half the time).
  const words = text.match(WORD) ?? [];
  let syllableTotal = 0;
  for (const word of words) syllableTotal += syllables(word);
  if (sentences === 0 || words.length === 0) return null;
  return fleschKincaid({ sentence: sentences, word: words.length, syllable: syllableTotal });
}

/** The grade above which a plain version gets a warning: about what a 13-year-old reads easily. */
export const PLAIN_GRADE_LIMIT = 8;

export interface PlainField {
  /** JSON pointer of the plain field. */
  pointer: string;
  plain: string;
  original: string | null;
}

/** Every plain field of a document beside the original it stands for (the summary has none). */
export function plainFields(doc: {
  summary?: { plain: string };
  intro?: { text: string; plain?: string }[];
  exchanges: {
    question: { text: string; plain?: string };
    answer: { paragraphs: string[]; plain?: string };
  }[];
  outro?: { text: string; plain?: string }[];
}): PlainField[] {
  const passages = (name: string, list: { text: string; plain?: string }[] | undefined) =>
    (list ?? []).flatMap((p, i) =>
      p.plain === undefined ? [] : [{ pointer: `/${name}/${i}/plain`, plain: p.plain, original: p.text }],
    );
  return [
    ...(doc.summary ? [{ pointer: '/summary/plain', plain: doc.summary.plain, original: null }] : []),
    ...passages('intro', doc.intro),
    ...doc.exchanges.flatMap((e, i) => [
      ...(e.question.plain === undefined
        ? []
        : [
            { pointer: `/exchanges/${i}/question/plain`, plain: e.question.plain, original: e.question.text },
          ]),
      ...(e.answer.plain === undefined
        ? []
        : [
            {
              pointer: `/exchanges/${i}/answer/plain`,
              plain: e.answer.plain,
              original: e.answer.paragraphs.join('\n\n'),
            },
          ]),
    ]),
    ...passages('outro', doc.outro),
  ];
}
