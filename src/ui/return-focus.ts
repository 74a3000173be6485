import { useState } from 'react';

/**
 * What had focus as a dialog or panel was first drawn (the button that opened it, or the question a
 * shortcut opened it from), and a way to give focus back to it.
 *
 * Call it *before* the dialog goes, while focus is still on a live control in it. react-aria gives
 * focus back a frame after the focused Close button is removed, from <body>, and Orca 43 says nothing
 * of that move (its place in the page is gone: scripts/web/script.py, onFocusedChanged, "Clearing
 * context"): a screen-reader user pressed Escape and heard silence. A move from Close to the opener,
 * both alive, is an ordinary focus change that every screen reader speaks. With nothing to go back to
 * (a shortcut pressed before anything had focus), focus leaves the dialog for the page at once, so it
 * never rests on a control in a closed dialog.
 */
export function useReturnFocus(): () => void {
  // Read once, on the first render (dialogs are drawn only in the browser, never prerendered).
  const [opener] = useState(() => (typeof document === 'undefined' ? null : document.activeElement));
  return () => {
    if (opener instanceof HTMLElement && opener.isConnected && opener !== document.body) opener.focus();
    else if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  };
}
