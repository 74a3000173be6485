// Moving to a place in the article (a section, a question, a glossary entry or a marked term): focus
// goes there, so a keyboard or screen reader continues from it, and it scrolls clear of the sticky
// banner (html's scroll-padding, from --sticky-offset) at once: focus has already moved, so a smooth
// scroll would only show the wrong place first. Only called from effects and event handlers.

import { exchangeFragment } from '../reading/speakers';
import { holdPosition } from './hold-position';

/** The fragment of the current address, decoded (ids may be in any script). */
export function currentFragment(): string {
  const hash = window.location.hash.slice(1);
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

/**
 * The element a fragment names: an element with that id (a section, a question's #q-…, a glossary
 * entry), else the question of the exchange with that id in the contract (#covid-isolation). The page's
 * own ids come first, so a contents link to #glossary still goes to the glossary.
 */
export function fragmentTarget(id: string, doc: Document = document): HTMLElement | null {
  if (id === '') return null;
  return doc.getElementById(id) ?? doc.getElementById(exchangeFragment(id));
}

export function goToFragment(id: string, { push }: { push: boolean }): boolean {
  const target = fragmentTarget(id);
  if (target === null) return false;
  if (push && currentFragment() !== id) window.history.pushState(null, '', `#${encodeURIComponent(id)}`);
  focusAtTop(target);
  return true;
}

/**
 * Focuses an element and brings it to the top of the window, below the sticky banner, at once; then
 * holds it there while the exchanges around it are laid out at their real height.
 */
export function focusAtTop(target: HTMLElement): void {
  focusByScript(target);
  const scrollToTarget = () => target.scrollIntoView({ block: 'start', behavior: 'instant' });
  scrollToTarget();
  holdPosition(scrollToTarget, () => document.activeElement === target && target.isConnected);
}

/**
 * Focuses an element that is not a control (a heading, say) without leaving it focusable: tabindex="-1"
 * for as long as focus is there. A heading that stays focusable is exposed as "clickable", and a screen
 * reader says so at every heading.
 */
export function focusByScript(target: HTMLElement): void {
  if (!target.matches('a[href], button, input, select, textarea, [tabindex]')) {
    target.tabIndex = -1;
    // Focus may go into a dialog or a definition and come back here when it closes: the tabindex goes
    // only once focus settles somewhere else.
    const onFocusIn = (event: FocusEvent) => {
      const next = event.target instanceof Element ? event.target : null;
      if (next === target || next?.closest('[role="dialog"], [popover]')) return;
      if (document.querySelector('[role="dialog"]:not([popover]), :popover-open') !== null) return;
      target.removeAttribute('tabindex');
      document.removeEventListener('focusin', onFocusIn);
    };
    document.addEventListener('focusin', onFocusIn);
  }
  target.focus({ preventScroll: true });
}
