import { useEffect, useRef, useState } from 'react';
import { readingLine, STICKY_OFFSET_CHANGED, stickyOffset } from './sticky-banner';

interface Watch {
  observer: IntersectionObserver | undefined;
  ids: string[];
  sections: Map<Element, number>;
  inBand: Set<number>;
}

/**
 * Which of the contents' targets the reader is at: of the sections crossing the band between the
 * sticky banner and the reading line, the last in reading order (an exchange before the interview
 * section around it). Watched by an IntersectionObserver, rebuilt when the window changes size. When
 * the targets only grow (a long interview drawn a part at a time), only the new ones are added: the
 * whole list again at each part would make drawing 10,000 exchanges quadratic.
 */
export function useCurrentSection(targets: readonly string[]): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  const key = targets.join(' ');
  const watch = useRef<Watch>({ observer: undefined, ids: [], sections: new Map(), inBand: new Set() });

  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const state = watch.current;
    const add = (from: number) => {
      state.ids.slice(from).forEach((id, offset) => {
        const section = document.getElementById(id)?.closest('section');
        if (!section || state.sections.has(section)) return;
        state.sections.set(section, from + offset);
        state.observer?.observe(section);
      });
    };
    const build = () => {
      state.observer?.disconnect();
      state.inBand.clear();
      state.sections.clear();
      const top = Math.round(stickyOffset());
      const bottom = Math.max(0, Math.round(window.innerHeight - readingLine()));
      state.observer = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            const index = state.sections.get(entry.target);
            if (index === undefined) continue;
            if (entry.isIntersecting) state.inBand.add(index);
            else state.inBand.delete(index);
          }
          const last = Math.max(-1, ...state.inBand);
          setCurrent(last < 0 ? null : (state.ids[last] ?? null));
        },
        { rootMargin: `-${top}px 0px -${bottom}px 0px` },
      );
      add(0);
    };
    const ids = key.split(' ');
    const grown = state.observer !== undefined && state.ids.every((id, index) => ids[index] === id);
    const known = state.ids.length;
    state.ids = ids;
    if (grown) add(known);
    else build();
    let frame = 0;
    const onResize = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(build);
    };
    window.addEventListener('resize', onResize);
    document.addEventListener(STICKY_OFFSET_CHANGED, onResize);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', onResize);
      document.removeEventListener(STICKY_OFFSET_CHANGED, onResize);
    };
  }, [key]);
  // The observer outlives each list of targets (see above), and goes with the component.
  useEffect(() => {
    const state = watch.current;
    return () => {
      state.observer?.disconnect();
      state.observer = undefined;
    };
  }, []);
  return current;
}
