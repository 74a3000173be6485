// "Read question aloud" and "Read answer aloud" beside each question and answer. Native buttons, made
// after the article is drawn and placed in slots of their own (the article's markup is left as it is;
// read aloud skips the slots): an interview of 10,000 exchanges has 20,000 of them, and a React
// component each would take tens of seconds. Made in batches, in reading order, so the page stays
// responsive; one click listener on the article serves them all.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf } from '../reading/direction';
import { READ_ALOUD_UI } from './marker';

const SLOT = 'read-this-slot';
const BATCH = 250;
type Kind = 'question' | 'answer';

/** The button right after `anchor`, made or brought up to date (one element: there may be 20,000). */
function place(anchor: Element, kind: Kind, label: string, lang: string): void {
  const next = anchor.nextElementSibling;
  let button = next instanceof HTMLButtonElement && next.classList.contains(SLOT) ? next : null;
  if (button === null) {
    button = anchor.ownerDocument.createElement('button');
    button.type = 'button';
    button.className = `${READ_ALOUD_UI} ${SLOT} button read-this`;
    button.dataset['read'] = kind;
    anchor.after(button);
  }
  if (button.lang !== lang) {
    button.lang = lang;
    button.dir = directionOf(lang);
  }
  if (button.textContent !== label) button.textContent = label;
}

/** A child matching `test`: walking children is far quicker than `:scope >` queries, 10,000 times. */
function child(parent: Element | null, test: (element: Element) => boolean): Element | null {
  if (parent === null) return null;
  for (const element of parent.children) if (test(element)) return element;
  return null;
}

function placeAll(exchange: Element, labels: Record<Kind, string>, lang: string): void {
  const heading = child(exchange, (element) => element.tagName === 'H3' && element.id !== '');
  const answer = child(exchange, (element) => element.classList.contains('answer'));
  const label = child(answer, (element) => element.classList.contains('speaker-label'));
  if (heading) place(heading, 'question', labels.question, lang);
  if (label) place(label, 'answer', labels.answer, lang);
}

/** What a "Read this" button reads: its exchange (the question part) or the answer. */
function partFor(button: Element): Element | null {
  const exchange = button.closest('section.exchange');
  if (exchange === null) return null;
  return button.getAttribute('data-read') === 'answer'
    ? exchange.querySelector(':scope > .answer')
    : exchange;
}

export function useReadThis(onRead: (part: Element) => void): void {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const question = t('readAloud.readQuestion');
  const answer = t('readAloud.readAnswer');
  const latest = useRef(onRead);
  useLayoutEffect(() => {
    latest.current = onRead;
  });

  useEffect(() => {
    const article = document.querySelector('main article');
    if (article === null) return;
    const labels = { question, answer };
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    let busy = 0;
    let longest = 0;
    const placeFrom = (exchanges: Element[], start: number) => {
      const began = performance.now();
      const end = Math.min(exchanges.length, start + BATCH);
      for (let index = start; index < end; index++) {
        const exchange = exchanges[index];
        if (exchange) placeAll(exchange, labels, lang);
      }
      const took = performance.now() - began;
      busy += took;
      longest = Math.max(longest, took);
      if (end < exchanges.length) timer = setTimeout(() => placeFrom(exchanges, end), 0);
      // For `npm run bench`: how much main-thread time the buttons took.
      else performance.mark('read-this-placed', { detail: { busy, longest, count: exchanges.length } });
    };
    placeFrom([...article.querySelectorAll('section.exchange')], 0);
    // An exchange drawn anew may have lost its slots: put back the ones missing.
    const ours = (node: Node) => node instanceof Element && node.classList.contains(SLOT);
    const observer = new MutationObserver((records) => {
      const drawn = records.some(
        (record) => ![...record.addedNodes].every(ours) || ![...record.removedNodes].every(ours),
      );
      if (!drawn) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        for (const heading of article.querySelectorAll('section.exchange > h3[id]')) {
          if (!heading.nextElementSibling?.classList.contains(SLOT) && heading.parentElement)
            placeAll(heading.parentElement, labels, lang);
        }
      });
    });
    observer.observe(article, { childList: true, subtree: true });
    const onClick = (event: Event) => {
      const button = event.target instanceof Element ? event.target.closest('button.read-this') : null;
      const part = button && article.contains(button) ? partFor(button) : null;
      if (part) latest.current(part);
    };
    article.addEventListener('click', onClick);
    return () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      observer.disconnect();
      article.removeEventListener('click', onClick);
    };
  }, [question, answer, lang]);
}
