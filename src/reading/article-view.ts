// The article's view model: everything the components render, in one pure pass over the document.
// It holds every reading mode at once (the original and, where there is one, the plain version of each
// part); which of them shows is a CSS switch on <html data-mode>, so a prerendered page can change mode
// without script and a mode change re-renders nothing. Navigation reads the ids named here.
import type { Interview, Passages } from '../interview/generated/interview';
import type { ReadingMode } from '../preferences/preferences';
import {
  createMatcher,
  glossaryFragments,
  markText,
  type GlossaryEntry,
  type Segment,
} from './glossary-marks';
import { hasPlainVersions, plainParagraphs } from './modes';
import { countWords, minutesFor, wordSegmenter } from './reading-time';
import { exchangeFragment } from './speakers';
import { remembered } from './remember';

/** One part (a passage or an answer): its original paragraphs, and its plain ones when it has them. */
export interface PartView {
  original: Segment[][];
  plain: Segment[][] | null;
}

export interface QuestionView {
  /** The question as its heading shows it: text alone, no glossary marks. */
  original: Segment[];
  /** The plain version as the heading shows it in plain mode: one line, unmarked. */
  plain: Segment[] | null;
  /** Both mode: every paragraph of the plain version (a blank line starts one), after the heading. */
  plainParagraphs: Segment[][] | null;
}

export interface ExchangeView {
  id: string;
  /** The id of the question's heading, which is also the exchange's fragment (#q-…). */
  fragment: string;
  /** 1-based, for "Question 3 of 6". */
  number: number;
  asker: string;
  answerer: string;
  question: QuestionView;
  answer: PartView;
}

export type SectionId = 'introduction' | 'in-brief' | 'interview' | 'afterword' | 'glossary';

/** A place a glossary entry is marked: the unit's fragment (section or exchange) and its number. */
export interface Place {
  unit: string;
  /** 1-based question number for exchanges; 0 for the sections around them. */
  question: number;
  /** The id of the first mark there, in the original words when they have one, else in the plain. */
  markId: string;
}

export interface GlossaryView {
  entries: readonly GlossaryEntry[];
  /** Each entry's element id, by entry index. */
  fragments: readonly string[];
  /** For each entry (by index), the places it is marked, in reading order. */
  uses: Place[][];
}

export interface ArticleView {
  /** The sections the article has, in reading order. */
  sections: SectionId[];
  intro: PartView[];
  summary: Segment[] | null;
  exchanges: ExchangeView[];
  outro: PartView[];
  glossary: GlossaryView;
  /** Whether any part has a plain version: without one, the plain and both modes mean nothing. */
  plainAvailable: boolean;
  /** Reading time in whole minutes, per mode. */
  minutes: Record<ReadingMode, number>;
  /** Every exchange is in `exchanges`, and the afterword and glossary uses are worked out. */
  complete: boolean;
}

/**
 * The view model a part at a time, for an interview too long to mark in one go (10,000 exchanges take a
 * third of a second): `view(n)` has the first n exchanges, working out only those not done before.
 * The afterword and the glossary's uses come with the last exchange, so uses stay in reading order.
 */
export interface ArticleBuilder {
  readonly total: number;
  view(count: number): ArticleView;
}

/** Which words a mark stands in: the original's, or the plain version's. */
export type Variant = 'original' | 'plain';

/** The id of a mark: one mark per entry per unit and variant, so the three make it unique. */
export function markId(unit: string, entryFragment: string, variant: Variant = 'original'): string {
  return variant === 'original' ? `${unit}--${entryFragment}` : `${unit}--${entryFragment}_plain`;
}

function hasText(plain: string | undefined): plain is string {
  return plain !== undefined && plain.trim() !== '';
}

export function articleView(interview: Interview): ArticleView {
  return articleBuilder(interview).view(interview.exchanges.length);
}

/**
 * The one builder for an interview object, so work done on it ahead of rendering (the entry module
 * builds a prerendered page's view a few exchanges per task before hydrating) is not done again.
 */
export const sharedArticleBuilder: (interview: Interview) => ArticleBuilder = remembered(
  new WeakMap<Interview, ArticleBuilder>(),
  articleBuilder,
);

export function articleBuilder(interview: Interview): ArticleBuilder {
  const entries = interview.glossary ?? [];
  const matcher = createMatcher(entries);
  const fragments = glossaryFragments(entries);
  const uses: Place[][] = entries.map(() => []);

  /** Marks one unit's texts: the first use of each entry per variant, and where each entry is used. */
  const unit = (name: string, question = 0) => {
    const seen: Record<Variant, Set<number>> = { original: new Set(), plain: new Set() };
    const placed = new Set<number>();
    return (text: string, variant: Variant): Segment[] => {
      const segments = markText(text, matcher, seen[variant]);
      for (const segment of segments) {
        if (typeof segment === 'string' || placed.has(segment.entry)) continue;
        placed.add(segment.entry);
        const id = markId(name, fragments[segment.entry] ?? '', variant);
        uses[segment.entry]?.push({ unit: name, question, markId: id });
      }
      return segments;
    };
  };
  const part = (original: readonly string[], plain: string | undefined, mark: ReturnType<typeof unit>) => ({
    original: original.map((text) => mark(text, 'original')),
    plain: hasText(plain) ? plainParagraphs(plain).map((text) => mark(text, 'plain')) : null,
  });
  const passages = (list: Passages | undefined, name: string): PartView[] => {
    const mark = unit(name);
    return (list ?? []).map((passage) => part([passage.text], passage.plain, mark));
  };
  const exchangeView = (index: number): ExchangeView => {
    const exchange = interview.exchanges[index] as Interview['exchanges'][number];
    const fragment = exchangeFragment(exchange.id);
    const mark = unit(fragment, index + 1);
    const questionSeen = new Set<number>();
    const { question, answer } = exchange;
    return {
      id: exchange.id,
      fragment,
      number: index + 1,
      asker: question.speaker,
      answerer: answer.speaker,
      question: {
        // No marks in the heading: a button inside it splits the heading in a screen reader's H and
        // say-all ("Did performing in heading level 3, sign language push button, heading level 3…").
        // The answer, or the glossary, defines the term.
        original: [question.text],
        plain: hasText(question.plain) ? [question.plain] : null,
        // Its own first uses: in both mode these paragraphs show and the plain heading does not.
        plainParagraphs: hasText(question.plain)
          ? plainParagraphs(question.plain).map((text) => markText(text, matcher, questionSeen))
          : null,
      },
      answer: part(answer.paragraphs, answer.plain, mark),
    };
  };

  const intro = passages(interview.intro, 'introduction');
  const summary =
    interview.summary === undefined ? null : unit('in-brief')(interview.summary.plain, 'original');
  const sections: SectionId[] = [
    ...(intro.length > 0 ? (['introduction'] as const) : []),
    ...(summary !== null ? (['in-brief'] as const) : []),
    'interview',
    ...((interview.outro ?? []).length > 0 ? (['afterword'] as const) : []),
    ...(entries.length > 0 ? (['glossary'] as const) : []),
  ];
  const plainAvailable = hasPlainVersions(interview);
  // Counted at the first view, not here: the entry module makes a page's view a task at a time.
  let minutes: Record<ReadingMode, number> | undefined;
  const total = interview.exchanges.length;
  const exchanges: ExchangeView[] = [];
  let outro: PartView[] | null = null;
  return {
    total,
    view(count) {
      const upTo = Math.max(0, Math.min(total, count));
      while (exchanges.length < upTo) exchanges.push(exchangeView(exchanges.length));
      minutes ??= minutesPerMode(interview);
      const complete = upTo === total;
      if (complete) outro ??= passages(interview.outro, 'afterword');
      return {
        sections,
        intro,
        summary,
        exchanges: upTo === exchanges.length ? exchanges.slice() : exchanges.slice(0, upTo),
        outro: outro ?? [],
        glossary: { entries, fragments, uses },
        plainAvailable,
        minutes,
        complete,
      };
    },
  };
}

/** Reading time per mode, each text's words counted once: plain shows a part's plain words, or its original. */
function minutesPerMode(interview: Interview): Record<ReadingMode, number> {
  const segmenter = wordSegmenter(interview.lang);
  const words = { original: 0, plain: 0, both: 0 };
  const count = (original: readonly string[], plain: string | undefined) => {
    const originalWords = original.reduce(
      (sum, text) => sum + countWords(text, interview.lang, segmenter),
      0,
    );
    const plainWords = hasText(plain) ? countWords(plain, interview.lang, segmenter) : 0;
    words.original += originalWords;
    words.plain += hasText(plain) ? plainWords : originalWords;
    words.both += originalWords + plainWords;
  };
  for (const passage of [...(interview.intro ?? []), ...(interview.outro ?? [])])
    count([passage.text], passage.plain);
  for (const { question, answer } of interview.exchanges) {
    count([question.text], question.plain);
    count(answer.paragraphs, answer.plain);
  }
  return {
    original: minutesFor(words.original),
    plain: minutesFor(words.plain),
    both: minutesFor(words.both),
  };
}
