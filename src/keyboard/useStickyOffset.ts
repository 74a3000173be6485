import { useEffect } from 'react';

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
