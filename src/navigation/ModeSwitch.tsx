import { useLayoutEffect, useRef } from 'react';
import { applyMode } from '../preferences/apply';
import { usePreference, usePreferencesStore } from '../preferences/PreferencesProvider';
import { capturePlace, restorePlace } from './keep-place';

/**
 * Shows the reading mode by setting <html data-mode>, which CSS turns into what is shown: nothing
 * re-renders. Keeps the reader's place across the switch, however it was made (control, shortcut,
 * another tab): the question at the top of the window, or the focused one, stays where it was.
 * A document without plain versions shows its original, whatever was chosen.
 */
export function ModeSwitch({ plainAvailable }: { plainAvailable: boolean }) {
  const store = usePreferencesStore();
  const chosen = usePreference('mode');
  const rendered = plainAvailable ? chosen : 'original';
  const mounted = useRef(false);
  useLayoutEffect(() => {
    // The store's mode, not the one rendered: while hydrating, React renders what the page was
    // prerendered with (the original), and showing that would flip a page the pre-paint script already
    // put in the reader's mode, then flip it back, moving a deep link's question out of view.
    const mode = plainAvailable ? store.get().mode : 'original';
    const root = document.documentElement;
    if (root.dataset['mode'] === mode) {
      mounted.current = true;
      return;
    }
    // Measured before the switch, while the page still shows the old mode.
    const place = mounted.current ? capturePlace() : null;
    applyMode(mode, root);
    if (place !== null) restorePlace(place);
    mounted.current = true;
  }, [rendered, plainAvailable, store]);
  return null;
}
