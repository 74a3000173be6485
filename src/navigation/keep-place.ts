// Keeping the reader's place across a change of reading mode: what is measured before, and put back after.
import { readingLine, stickyOffset } from './sticky-banner';
import { holdPosition } from './hold-position';
import { questionAtLine } from './questions';
import { focusByScript } from './navigation';

interface Place {
  heading: HTMLElement;
  /** Where the heading was on screen, when it was on screen. */
  top: number | null;
  /** Otherwise how far through its section the reading line was, from 0 to 1. */
  through: number;
  /** The element focused before the switch, if it was in the article. */
  focused: HTMLElement | null;
}

/**
 * The article's own headings, in reading order and top to bottom: not those inside its definitions
 * (popovers, laid out only when open), nor the contents' (beside the text it stays in view).
 */
const HEADINGS = '.article :is(h1, h2, h3)[id]:not([popover] *, .contents *)';

/** The heading the reader is at: the one holding focus if the focus is in the article, else the one in view. */
export function capturePlace(): Place | null {
  const headings = [...document.querySelectorAll<HTMLElement>(HEADINGS)];
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const focused = active?.closest('.article') ? active : null;
  const line = readingLine();
  const focusedSection = focused?.closest('section');
  const heading =
    (focusedSection && headings.find((h) => h.closest('section') === focusedSection)) ??
    // A binary search: a long interview has 10,000 headings, each asked for its place.
    headings[questionAtLine(headings, line)] ??
    headings[0];
  if (heading === undefined) return null;
  const top = heading.getBoundingClientRect().top;
  const section = heading.closest('section')?.getBoundingClientRect();
  const through = section && section.height > 0 ? (line - section.top) / section.height : 0;
  return { heading, top: top >= stickyOffset() && top < window.innerHeight ? top : null, through, focused };
}

/** Keeping a place is not motion: it must not animate even where scrolling is smooth. */
function scrollByNow(top: number): void {
  window.scrollBy({ top, behavior: 'instant' });
}

function scrollBack(place: Place): void {
  const { heading, top, through } = place;
  if (!heading.isConnected) return;
  if (top !== null) {
    scrollByNow(heading.getBoundingClientRect().top - top);
  } else {
    const section = heading.closest('section')?.getBoundingClientRect();
    if (section) scrollByNow(section.top + through * section.height - readingLine());
  }
}

export function restorePlace(place: Place): void {
  scrollBack(place);
  holdPosition(() => scrollBack(place));
  // The focused term may not exist in the new mode's words: focus stays in the same exchange.
  if (place.focused !== null && !place.focused.isConnected) focusByScript(place.heading);
}
