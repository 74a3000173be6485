// "Read question aloud" and "Read answer aloud" are drawn with the article (reader/ReadThis.tsx); one
// click listener on the document serves them all: an interview of 10,000 exchanges has 20,000 of them.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { READ_THIS } from '../services/read-aloud-marker';

/** What a "Read this" button reads: its exchange (the question part) or the answer. */
function partFor(button: Element): Element | null {
  const exchange = button.closest('section.exchange');
  if (exchange === null) return null;
  return button.getAttribute('data-read') === 'answer'
    ? exchange.querySelector(':scope > .answer')
    : exchange;
}

export function useReadThis(onRead: (part: Element) => void): void {
  const latest = useRef(onRead);
  useLayoutEffect(() => {
    latest.current = onRead;
  });

  useEffect(() => {
    const onClick = (event: Event) => {
      const button = event.target instanceof Element ? event.target.closest(`button.${READ_THIS}`) : null;
      const part = button?.closest('main article') ? partFor(button) : null;
      if (part) latest.current(part);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
}
