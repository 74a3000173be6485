// Moving to a place in the article (a section, a question, a glossary entry or a marked term): focus
// goes there, so a keyboard or screen reader continues from it, and it scrolls clear of the sticky
// banner (html's scroll-padding, from --sticky-offset) at once: focus has already moved, so a smooth
// scroll would only show the wrong place first. Only called from effects and event handlers.

/** The fragment of the current address, decoded (ids may be in any script). */
export function currentFragment(): string {
  const hash = window.location.hash.slice(1);
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

export function goToFragment(id: string, { push }: { push: boolean }): boolean {
  const target = id === '' ? null : document.getElementById(id);
  if (target === null) return false;
  if (push && currentFragment() !== id) window.history.pushState(null, '', `#${encodeURIComponent(id)}`);
  if (!target.matches('a[href], button, input, select, textarea, [tabindex]')) target.tabIndex = -1;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start', behavior: 'instant' });
  settle(target, target.getBoundingClientRect().top);
  return true;
}

/**
 * Exchanges off screen are laid out at an estimated height (content-visibility) until first drawn;
 * as the ones around the target are drawn, it moves. Put it back until it stays put (at most ~20 frames).
 */
function settle(target: HTMLElement, top: number, frames = 20, still = 0): void {
  if (frames === 0 || still >= 3) return;
  requestAnimationFrame(() => {
    if (document.activeElement !== target || !target.isConnected) return;
    const moved = Math.abs(target.getBoundingClientRect().top - top) > 1;
    if (moved) target.scrollIntoView({ block: 'start', behavior: 'instant' });
    settle(target, target.getBoundingClientRect().top, frames - 1, moved ? 0 : still + 1);
  });
}
