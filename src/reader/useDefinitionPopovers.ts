import { useEffect } from 'react';
import { stickyOffset } from '../navigation/sticky-banner';

/** How long a pointer rests on a term before its definition shows, and may be away before it hides. */
const HOVER_OPEN_MS = 400;
const HOVER_CLOSE_MS = 300;

const TERM = '.glossary-term[popovertarget]';

function definitionOf(term: Element): HTMLElement | null {
  const id = term.getAttribute('popovertarget');
  return id === null ? null : document.getElementById(id);
}

const isOpen = (popover: HTMLElement) => popover.matches(':popover-open');

/**
 * A definition that does not fit beside its term (a short window, large text) gets the most room the
 * window has: the term's line goes to the top, just below the sticky banner, and the definition below
 * it. The browser places it again as the page scrolls.
 */
function makeRoom(popover: HTMLElement, term: Element): void {
  if (!isOpen(popover) || popover.scrollHeight <= popover.clientHeight + 1) return;
  const line = term.getBoundingClientRect();
  const top = stickyOffset() + 8;
  const roomBelow = window.innerHeight - (top + line.height);
  if (roomBelow > popover.getBoundingClientRect().height) {
    window.scrollBy({ top: line.top - top, behavior: 'instant' });
  }
}

/**
 * What script adds to the definitions, which work without it. Hovering a term shows its definition
 * without moving focus, and it stays while the pointer is on the term or the definition, until Escape,
 * a press elsewhere, or the pointer leaves both (WCAG 1.4.13); pressing the term then keeps it open and
 * moves focus in. A pressed definition that does not fit gets room. "See the entry" closes it first.
 * One set of listeners for the page, not one per term; mounted with the definitions.
 */
export function useDefinitionPopovers(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** The definition shown by hover, while it is: a press or focus inside makes it the reader's. */
    let hovered: HTMLElement | null = null;
    const later = (ms: number, action: () => void) => {
      clearTimeout(timer);
      timer = setTimeout(action, ms);
    };

    const show = (term: HTMLElement, popover: HTMLElement) => {
      if (isOpen(popover) || !term.isConnected) return;
      // Shown by hover, focus stays where the reader left it: no autofocus for this opening.
      popover.removeAttribute('autofocus');
      popover.showPopover({ source: term });
      popover.setAttribute('autofocus', '');
      hovered = popover;
    };
    const hideHovered = () => {
      if (hovered !== null && isOpen(hovered) && !hovered.contains(document.activeElement)) {
        hovered.hidePopover();
      }
      hovered = null;
    };
    const adopt = () => {
      clearTimeout(timer);
      hovered = null;
    };

    const onOver = (event: PointerEvent) => {
      if (event.pointerType !== 'mouse' || !(event.target instanceof Element)) return;
      const term = event.target.closest<HTMLElement>(TERM);
      const popover = term && definitionOf(term);
      if (term && popover) {
        if (isOpen(popover)) clearTimeout(timer);
        else later(HOVER_OPEN_MS, () => show(term, popover));
      } else if (hovered?.contains(event.target)) {
        clearTimeout(timer);
      }
    };
    const onOut = (event: PointerEvent) => {
      if (event.pointerType !== 'mouse' || !(event.target instanceof Element)) return;
      const to = event.relatedTarget instanceof Element ? event.relatedTarget : null;
      const fromTerm = event.target.closest(TERM) !== null;
      if (hovered === null) {
        // Left a term before its definition showed.
        if (fromTerm) clearTimeout(timer);
        return;
      }
      const stays = to !== null && (hovered.contains(to) || to.closest(TERM) !== null);
      if ((fromTerm || hovered.contains(event.target)) && !stays) later(HOVER_CLOSE_MS, hideHovered);
    };
    const onClick = (event: MouseEvent) => {
      if (!(event.target instanceof Element)) return;
      const term = event.target.closest(TERM);
      if (term !== null) {
        const popover = definitionOf(term);
        // The press opens it once this event is done, and it is laid out before the next paint:
        // room is made then, so the reader never sees it placed first where it does not fit.
        if (popover !== null) requestAnimationFrame(() => makeRoom(popover, term));
        if (hovered !== null && popover === hovered && isOpen(hovered)) {
          // It already shows: the press would toggle it shut. Make it the reader's instead.
          event.preventDefault();
          adopt();
          popover.focus();
        }
        return;
      }
      // "See the entry": close first, so focus goes back to the term before moving on to the entry.
      const popover = event.target.closest('a[href^="#"]')?.closest<HTMLElement>('[popover]');
      if (popover && isOpen(popover)) popover.hidePopover();
    };
    const onToggle = (event: Event) => {
      const popover = event.target;
      if (!(popover instanceof HTMLElement) || !(event instanceof ToggleEvent)) return;
      if (event.newState === 'closed' && popover === hovered) hovered = null;
    };
    const onFocusIn = (event: FocusEvent) => {
      // Tabbed into the hovered definition: it is the reader's now, not the pointer's.
      if (hovered !== null && event.target instanceof Node && hovered.contains(event.target)) adopt();
    };

    document.addEventListener('pointerover', onOver);
    document.addEventListener('pointerout', onOut);
    // Capture: before the button opens its popover, and before the page's link handling moves focus.
    document.addEventListener('click', onClick, true);
    // Toggle events do not bubble; a capturing listener still sees them.
    document.addEventListener('toggle', onToggle, true);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('pointerover', onOver);
      document.removeEventListener('pointerout', onOut);
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('toggle', onToggle, true);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, []);
}
