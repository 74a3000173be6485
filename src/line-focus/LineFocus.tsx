import { lazy, Suspense, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { usePreference } from '../preferences/PreferencesProvider';
import { useAllHydrated } from '../services/HydrateLater';

// Downloaded once line focus is switched on: most readers never do.
const Overlay = lazy(() => import('./Overlay').then((module) => ({ default: module.Overlay })));
const noChange = () => () => {};

/**
 * Line focus: everything on screen but a band of 1, 3 or 5 lines is dimmed by an overlay that takes no
 * pointer events and changes nothing in the text (Overlay.tsx).
 */
export function LineFocus() {
  const lines = usePreference('lineFocus');
  // No body while rendering on the server or hydrating: the overlay comes after.
  const container = useSyncExternalStore(
    noChange,
    () => document.body,
    () => null,
  );
  // The band is measured from the text's lines: not until every part of the page is hydrated.
  const hydrated = useAllHydrated();
  if (lines === 0 || container === null || !hydrated) return null;
  return createPortal(
    <Suspense fallback={null}>
      <Overlay count={lines} />
    </Suspense>,
    container,
  );
}
