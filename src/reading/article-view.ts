// The article as a reading mode shows it, with glossary marks: one pass over the document, pure.
// Also records where each glossary entry ended up marked, so the glossary can link back to it.
import type { Interview, Passages } from '../interview/generated/interview';
import type { ReadingMode } from '../preferences/preferences';
import { markText, type GlossaryMatcher, type Segment } from './glossary-marks';
import { questionText, shownText } from './modes';
import { exchangeFragment } from './speakers';

export interface PartView {
  paragraphs: Segment[][];
  fallback: boolean;
  plainAfter: Segment[][] | null;
}

export interface ExchangeView {
  id: string;
  fragment: string;
  question: Segment[];
  questionFallback: boolean;
  /** Both mode: every paragraph of the question's plain version (a blank line starts one), or null. */
  questionPlainAfter: Segment[][] | null;
  answer: PartView;
}

/** A place a glossary entry is marked: the unit's fragment (section or exchange) and its number. */
export interface Place {
  unit: string;
  /** 1-based question number for exchanges; 0 for the sections around them. */
  question: number;
}

export interface ArticleView {
  intro: PartView[];
  summary: Segment[] | null;
  exchanges: ExchangeView[];
  outro: PartView[];
  /** For each glossary entry (by index), the places it is marked, in reading order. */
  uses: Place[][];
}

/** The id of a mark: one mark per entry per unit, so unit and entry make it unique. */
export function markId(unit: string, entryFragment: string): string {
  return `${unit}--${entryFragment}`;
}

export function articleView(interview: Interview, mode: ReadingMode, matcher: GlossaryMatcher): ArticleView {
  const uses: Place[][] = (interview.glossary ?? []).map(() => []);
  const unit = (name: string, question = 0) => {
    const seen = new Set<number>();
    return (text: string): Segment[] => {
      const before = seen.size;
      const segments = markText(text, matcher, seen);
      if (seen.size > before) {
        for (const segment of segments) {
          if (typeof segment !== 'string') uses[segment.entry]?.push({ unit: name, question });
        }
      }
      return segments;
    };
  };
  const passages = (list: Passages | undefined, name: string): PartView[] => {
    const mark = unit(name);
    return (list ?? []).map((passage) => {
      const shown = shownText([passage.text], passage.plain, mode);
      return {
        paragraphs: shown.paragraphs.map(mark),
        fallback: shown.fallback,
        plainAfter: shown.plainAfter?.map(mark) ?? null,
      };
    });
  };

  const intro = passages(interview.intro, 'introduction');
  const summary = interview.summary === undefined ? null : unit('in-brief')(interview.summary.plain);
  const exchanges = interview.exchanges.map((exchange, index): ExchangeView => {
    const fragment = exchangeFragment(exchange.id);
    const mark = unit(fragment, index + 1);
    const { question } = exchange;
    const questionShown = shownText([question.text], question.plain, mode);
    const heading = mark(questionText(question, mode));
    const answer = shownText(exchange.answer.paragraphs, exchange.answer.plain, mode);
    return {
      id: exchange.id,
      fragment,
      question: heading,
      questionFallback: questionShown.fallback,
      questionPlainAfter: questionShown.plainAfter?.map(mark) ?? null,
      answer: {
        paragraphs: answer.paragraphs.map(mark),
        fallback: answer.fallback,
        plainAfter: answer.plainAfter?.map(mark) ?? null,
      },
    };
  });
  const outro = passages(interview.outro, 'afterword');
  return { intro, summary, exchanges, outro, uses };
}
