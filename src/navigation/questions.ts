// Finding the interview's question headings and which one the reader is at. Headings are found by
// the ids the article gives them, so this holds however the article lays an exchange out.
import type { Interview } from '../interview/generated/interview';
import { focusAtTop } from './navigation';
import { readingLine } from './sticky-banner';
import { EXCHANGE_PART_CLASS } from '../reading/parts';
import { exchangeFragment } from '../reading/speakers';

/** The question headings in the page, in order; from `from` on, to add those a growing article drew. */
export function questionHeadings(interview: Interview, doc: Document = document, from = 0): HTMLElement[] {
  return interview.exchanges.slice(from).flatMap((exchange) => {
    const heading = doc.getElementById(exchangeFragment(exchange.id));
    return heading ? [heading] : [];
  });
}

/**
 * The index of the last heading that has reached the reading line (just below the sticky bar), or -1
 * above the first. Headings are in document order, so a binary search keeps this cheap for 10,000.
 * In a long interview each probe asks the heading's part first: the browser skips laying out a part
 * off screen, and asking a heading inside it for its place lays the whole part out (60–90 ms a search,
 * at every part drawn, before this).
 */
export function questionAtLine(headings: readonly HTMLElement[], line: number): number {
  let low = 0;
  let high = headings.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const heading = headings[middle];
    const part = heading?.closest(`.${EXCHANGE_PART_CLASS}`)?.getBoundingClientRect();
    const below = part !== undefined && part.top > line;
    const above = part !== undefined && part.bottom <= line;
    const reached = above || (!below && (heading?.getBoundingClientRect().top ?? Infinity) <= line);
    if (reached) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The question that contains an element (the heading itself or anything in its exchange), or -1. */
export function questionContaining(headings: readonly HTMLElement[], element: Element | null): number {
  if (element === null) return -1;
  const region = element.closest('section');
  return headings.findIndex((heading) => heading === element || heading.closest('section') === region);
}

/** Where "next" and "previous" start from: the focused question if focus is in one, else the one in view. */
export function currentQuestion(headings: readonly HTMLElement[], doc: Document = document): number {
  const focused = questionContaining(headings, doc.activeElement);
  if (focused !== -1) return focused;
  return questionAtLine(headings, readingLine(doc));
}

/**
 * Moves focus to a question's heading and scrolls it clear of the sticky bar: at once, and held there
 * as the exchanges around it are laid out, as a contents link does.
 */
export function focusQuestion(heading: HTMLElement): void {
  focusAtTop(heading);
}
