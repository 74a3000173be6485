import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { directionOf } from '../reading/direction';
import { Button } from '../ui/Button';
import { READ_ALOUD_UI } from './marker';

interface Slot {
  key: string;
  kind: 'question' | 'answer';
  /** What "Read this" reads: the exchange (its question) or the answer. */
  part: Element;
  container: HTMLElement;
}

const SLOT = 'read-this-slot';

/**
 * A place for a "Read this" button right after `anchor`, made once and reused. The article's own
 * markup is left as it is: the place is a sibling added after it is drawn, skipped by read aloud.
 */
function slotAfter(anchor: Element, lang: string): HTMLElement {
  const next = anchor.nextElementSibling;
  const container =
    next instanceof HTMLElement && next.classList.contains(SLOT) ? next : document.createElement('div');
  if (container !== next) {
    container.className = `${READ_ALOUD_UI} ${SLOT}`;
    anchor.after(container);
  }
  container.lang = lang;
  container.dir = directionOf(lang);
  return container;
}

/** Every question (the heading with an id) and answer in the article, with a place for its button. */
function findSlots(lang: string): Slot[] {
  const exchanges = document.querySelectorAll('main article section.exchange');
  return [...exchanges].flatMap((exchange) => {
    const heading = exchange.querySelector(':scope > h3[id]');
    const answer = exchange.querySelector(':scope > .answer');
    const label = answer?.querySelector(':scope > .speaker-label');
    if (heading === null) return [];
    const slots: Slot[] = [
      { key: `${heading.id}-q`, kind: 'question', part: exchange, container: slotAfter(heading, lang) },
    ];
    if (answer && label)
      slots.push({ key: `${heading.id}-a`, kind: 'answer', part: answer, container: slotAfter(label, lang) });
    return slots;
  });
}

/** "Read this question aloud" and "Read this answer aloud", each reading that part alone. */
export function ReadThisButtons({ onRead }: { onRead: (part: Element) => void }) {
  const { t, i18n } = useTranslation();
  const [slots, setSlots] = useState<Slot[]>([]);
  const lang = i18n.language;
  useEffect(() => {
    const article = document.querySelector('main article');
    if (article === null) return;
    let frame = 0;
    const refresh = () => setSlots(findSlots(lang));
    refresh();
    // A reading mode drawn anew may replace a heading or an answer: find the places again.
    const observer = new MutationObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (slotsLost(article)) refresh();
      });
    });
    observer.observe(article, { childList: true, subtree: true });
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [lang]);
  const labels = { question: t('readAloud.readQuestion'), answer: t('readAloud.readAnswer') };
  return slots.map((slot) =>
    createPortal(
      <Button className="read-this" onPress={() => onRead(slot.part)}>
        {labels[slot.kind]}
      </Button>,
      slot.container,
      slot.key,
    ),
  );
}

/** Whether some question or answer lost the place after it (it was drawn anew). */
function slotsLost(article: Element): boolean {
  for (const heading of article.querySelectorAll('section.exchange > h3[id]')) {
    if (!heading.nextElementSibling?.classList.contains(SLOT)) return true;
  }
  return false;
}
