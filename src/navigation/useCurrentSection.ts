import { useEffect, useState } from 'react';
import { readingLine, stickyOffset } from './sticky-banner';

/**
 * Which of the contents' targets the reader is at: of the sections crossing the band between the
 * sticky banner and the reading line, the last in reading order (an exchange before the interview
 * section around it). Watched by an IntersectionObserver, rebuilt when the window changes size.
 */
export function useCurrentSection(targets: readonly string[]): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  const key = targets.join(' ');
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const ids = key.split(' ');
    const sections = new Map<Element, number>();
    ids.forEach((id, index) => {
      const section = document.getElementById(id)?.closest('section');
      if (section) sections.set(section, index);
    });
    let observer: IntersectionObserver | undefined;
    const inBand = new Set<number>();
    const observe = () => {
      observer?.disconnect();
      inBand.clear();
      const top = Math.round(stickyOffset());
      const bottom = Math.max(0, Math.round(window.innerHeight - readingLine()));
      observer = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            const index = sections.get(entry.target);
            if (index === undefined) continue;
            if (entry.isIntersecting) inBand.add(index);
            else inBand.delete(index);
          }
          const last = Math.max(-1, ...inBand);
          setCurrent(last < 0 ? null : (ids[last] ?? null));
        },
        { rootMargin: `-${top}px 0px -${bottom}px 0px` },
      );
      for (const section of sections.keys()) observer.observe(section);
    };
    observe();
    let frame = 0;
    const onResize = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(observe);
    };
    window.addEventListener('resize', onResize);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', onResize);
      observer?.disconnect();
    };
  }, [key]);
  return current;
}
