// Choosing what a reading mode shows. Pure: the same interview and mode always give the same text.
import type { Interview } from '../interview/generated/interview';
import type { ReadingMode } from '../preferences/preferences';

/** What one part (a question, an answer, a passage) shows in a mode. */
export interface ShownText {
  /** The paragraphs shown first: the plain version in plain mode when there is one, else the original. */
  paragraphs: readonly string[];
  /** Which version `paragraphs` is. */
  version: 'original' | 'plain';
  /** Plain mode asked for a plain version this part does not have: say so beside the original. */
  fallback: boolean;
  /** Both mode: the plain version shown after the original, or null when there is none. */
  plainAfter: readonly string[] | null;
}

/** A plain version is one text; a blank line in it starts a new paragraph, as in the original's list. */
export function plainParagraphs(plain: string): string[] {
  return plain
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

function hasText(plain: string | undefined): plain is string {
  return plain !== undefined && plain.trim() !== '';
}

export function shownText(
  original: readonly string[],
  plain: string | undefined,
  mode: ReadingMode,
): ShownText {
  const available = hasText(plain);
  switch (mode) {
    case 'original':
      return { paragraphs: original, version: 'original', fallback: false, plainAfter: null };
    case 'plain':
      return available
        ? { paragraphs: plainParagraphs(plain), version: 'plain', fallback: false, plainAfter: null }
        : { paragraphs: original, version: 'original', fallback: true, plainAfter: null };
    case 'both':
      return {
        paragraphs: original,
        version: 'original',
        fallback: false,
        plainAfter: available ? plainParagraphs(plain) : null,
      };
  }
}

/** A question is a heading: in plain mode it reads its plain version, in the other modes the original. */
export function questionText(question: { text: string; plain?: string }, mode: ReadingMode): string {
  return mode === 'plain' && hasText(question.plain) ? question.plain : question.text;
}

/** Whether any part of the document has a plain version; without one, plain and both modes mean nothing. */
export function hasPlainVersions(interview: Interview): boolean {
  const passages = [...(interview.intro ?? []), ...(interview.outro ?? [])];
  return (
    passages.some((passage) => hasText(passage.plain)) ||
    interview.exchanges.some((exchange) => hasText(exchange.question.plain) || hasText(exchange.answer.plain))
  );
}

/** The mode the document is shown in: the reader's choice, or the original when it has nothing plain. */
export function effectiveMode(chosen: ReadingMode, interview: Interview): ReadingMode {
  return chosen === 'original' || hasPlainVersions(interview) ? chosen : 'original';
}

/** Every text shown in a mode, in reading order, for counting words (intro, exchanges, afterword). */
export function textsShown(interview: Interview, mode: ReadingMode): string[] {
  const passage = (p: { text: string; plain?: string }) => {
    const shown = shownText([p.text], p.plain, mode);
    return [...shown.paragraphs, ...(shown.plainAfter ?? [])];
  };
  return [
    ...(interview.intro ?? []).flatMap(passage),
    ...interview.exchanges.flatMap((exchange) => {
      const answer = shownText(exchange.answer.paragraphs, exchange.answer.plain, mode);
      return [...passage(exchange.question), ...answer.paragraphs, ...(answer.plainAfter ?? [])];
    }),
    ...(interview.outro ?? []).flatMap(passage),
  ];
}
