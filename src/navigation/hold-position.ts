// Exchanges off screen are laid out at an estimated height (content-visibility: auto) until first drawn.
// After a jump or a change of reading mode, the ones around the reader are drawn over the next frames at
// their real height, and what the reader was looking at moves. This puts it back each frame for a
// moment: the one mechanism behind deep links, contents links and keeping the place across modes.

/** How long after a jump exchanges may still be laid out again at their real height. */
const SETTLE_MS = 800;

/** What a reader does to scroll on their own: from then on the position is theirs. */
const READER_SCROLLS = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;

/**
 * Calls `reposition` every frame for a moment, until the reader scrolls or `stillWanted` says the
 * position no longer matters (focus moved on, say).
 */
export function holdPosition(reposition: () => void, stillWanted: () => boolean = () => true): void {
  const until = performance.now() + SETTLE_MS;
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of READER_SCROLLS) window.removeEventListener(type, stop, true);
  };
  const again = () => {
    if (performance.now() > until || !stillWanted()) return stop();
    reposition();
    frame = requestAnimationFrame(again);
  };
  for (const type of READER_SCROLLS) window.addEventListener(type, stop, { capture: true, passive: true });
  frame = requestAnimationFrame(again);
}
