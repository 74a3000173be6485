import { useEffect, useLayoutEffect, useRef } from 'react';
import { READ_ALOUD_UI } from '../services/read-aloud-marker';

/**
 * Calls `onChange` (once per frame at most) while `active`, when what the article shows may have
 * changed: a reading mode switched on <html> or the article (`data-mode`), or parts of it re-rendered.
 */
export function useModeChanges(active: boolean, onChange: () => void): void {
  const latest = useRef(onChange);
  useLayoutEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    const article = document.querySelector('main article');
    if (!active || article === null) return;
    let frame = 0;
    const observer = new MutationObserver((records) => {
      const changed = records.some(
        (record) =>
          record.type === 'attributes' ||
          [...record.removedNodes, ...record.addedNodes].some(
            (node) => !(node instanceof Element && node.classList.contains(READ_ALOUD_UI)),
          ),
      );
      if (!changed) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => latest.current());
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-mode'] });
    observer.observe(article, {
      attributes: true,
      attributeFilter: ['data-mode'],
      childList: true,
      subtree: true,
    });
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [active]);
}
