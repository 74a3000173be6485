// Keeping the spoken sentence in view, and noticing the moment the reader scrolls on their own, from
// then on the position is theirs. Only input counts as the reader's: the page also scrolls by itself
// (scroll anchoring as parts off screen are laid out), and that must not stop the following.
import { stickyOffset } from '../navigation/sticky-banner';

/** Scrolls so `range` is in the comfortable middle of the window, unless it already is in view. */
export function keepInView(range: Range, doc: Document = document): boolean {
  const view = doc.defaultView;
  if (view === null) return false;
  const rect = range.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return false;
  const top = stickyOffset(doc);
  const bottom = view.innerHeight;
  const margin = Math.min(80, (bottom - top) / 6);
  if (rect.top >= top + margin && rect.bottom <= bottom - margin) return false;
  const reduce = view.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const target = top + (bottom - top) / 3;
  view.scrollBy({ top: rect.top - target, behavior: reduce ? 'instant' : 'smooth' });
  return true;
}

const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

/** Calls `onReaderScroll` when the reader scrolls: wheel, touch, scrollbar or a scrolling key. */
export function watchReaderScroll(onReaderScroll: () => void, doc: Document = document): () => void {
  const view = doc.defaultView;
  if (view === null) return () => {};
  const onKey = (event: KeyboardEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    const inControl = target?.closest('input, textarea, select, button, [role], [contenteditable]');
    if (SCROLL_KEYS.has(event.key) && !inControl) onReaderScroll();
  };
  // A press on the page itself (the scroll bar) rather than on anything in it.
  const onPointer = (event: PointerEvent) => {
    if (event.target === doc.documentElement) onReaderScroll();
  };
  const options = { capture: true, passive: true } as const;
  view.addEventListener('wheel', onReaderScroll, options);
  view.addEventListener('touchmove', onReaderScroll, options);
  view.addEventListener('keydown', onKey, options);
  view.addEventListener('pointerdown', onPointer, options);
  return () => {
    view.removeEventListener('wheel', onReaderScroll, options);
    view.removeEventListener('touchmove', onReaderScroll, options);
    view.removeEventListener('keydown', onKey, options);
    view.removeEventListener('pointerdown', onPointer, options);
  };
}
