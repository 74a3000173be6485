// The banner that stays stuck at the top of the window on large screens, and the geometry that follows
// from it: where headings land when scrolled to, and the reading line below it. Shared by the reader,
// the keyboard shortcuts and "Question N of M".
import { useEffect } from 'react';

/** The height of what stays stuck at the top of the window (the banner), as CSS publishes it. */
export function stickyOffset(doc: Document = document): number {
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
      root.style.setProperty(
        '--sticky-offset',
        `${stuck ? Math.ceil(banner.getBoundingClientRect().height) : 0}px`,
      );
    };
    update();
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
    observer?.observe(banner);
    window.addEventListener('resize', update);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', update);
      root.style.removeProperty('--sticky-offset');
    };
  }, []);
}
