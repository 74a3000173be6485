// The banner that stays stuck at the top of the window on large screens, and the geometry that follows
// from it: where headings land when scrolled to, and the reading line below it. Shared by the reader,
// the keyboard shortcuts and "Question N of M".
import { useEffect } from 'react';

/** Sent on the document when the sticky banner's height changes (rootMargins computed from it go stale). */
export const STICKY_OFFSET_CHANGED = 'ocr:sticky-offset-changed';

/** What useStickyOffset last published: asking the computed style again would recalculate every style. */
let published: { doc: Document; pixels: number } | undefined;
/** While useStickyOffset is mounted: measures the banner now, and publishes what it measured. */
let measure: { doc: Document; now: () => number } | undefined;

/** The height of what stays stuck at the top of the window (the banner), as CSS publishes it. */
export function stickyOffset(doc: Document = document): number {
  if (published?.doc === doc) return published.pixels;
  // Asked for before the banner's first size came (a deep link followed while hydrating): measured.
  if (measure?.doc === doc) return measure.now();
  const value = getComputedStyle(doc.documentElement).getPropertyValue('--sticky-offset');
  const pixels = Number.parseFloat(value);
  return Number.isFinite(pixels) ? pixels : 0;
}

/** A heading counts as reached once it is in the top quarter of what the sticky bar leaves visible. */
export function readingLine(doc: Document = document): number {
  const offset = stickyOffset(doc);
  const height = doc.defaultView?.innerHeight ?? 0;
  return offset + Math.max(16, (height - offset) / 4);
}

/**
 * Publishes the sticky banner's height as --sticky-offset on <html>, so headings scrolled to and
 * elements focused land below it, never under it (WCAG 2.4.11). Zero when the banner does not stick
 * (small or zoomed windows, where a stuck bar would take too much of the screen).
 */
export function useStickyOffset(): void {
  useEffect(() => {
    const banner = document.querySelector<HTMLElement>('.site-header');
    if (banner === null) return;
    const root = document.documentElement;
    const update = () => {
      const stuck = getComputedStyle(banner).position === 'sticky';
      const pixels = stuck ? Math.ceil(banner.getBoundingClientRect().height) : 0;
      // Before the first measure, readers of the offset had 0.
      const changed = (published?.doc === document ? published.pixels : 0) !== pixels;
      published = { doc: document, pixels };
      // Every element inherits a custom property set on <html>: each write restyles the whole page.
      // A banner that does not stick (small or zoomed windows) leaves it unset (CSS reads 0px), and a
      // height that did not change is not written again.
      const value = `${pixels}px`;
      if (pixels === 0) root.style.removeProperty('--sticky-offset');
      else if (root.style.getPropertyValue('--sticky-offset') !== value)
        root.style.setProperty('--sticky-offset', value);
      if (changed) document.dispatchEvent(new Event(STICKY_OFFSET_CHANGED));
      return pixels;
    };
    measure = { doc: document, now: update };
    // A ResizeObserver reports the banner's first size itself, once laid out: measuring it here
    // would lay the whole page out in the middle of hydrating it.
    if (typeof ResizeObserver === 'undefined') update();
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
    observer?.observe(banner);
    window.addEventListener('resize', update);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', update);
      root.style.removeProperty('--sticky-offset');
      published = undefined;
      measure = undefined;
    };
  }, []);
}
