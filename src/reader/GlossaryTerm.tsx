import { lazy, Suspense, useEffect, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import type { GlossaryEntry } from '../reading/glossary-marks';

const loadPopover = () => import('./GlossaryPopover');
// The popover machinery is not needed for the first paint: it downloads on first hover, focus or press.
const GlossaryPopover = lazy(() => loadPopover().then((module) => ({ default: module.GlossaryPopover })));

/** How long a pointer rests on a term before its definition shows, and may be away before it hides. */
const HOVER_OPEN_MS = 400;
const HOVER_CLOSE_MS = 300;

interface GlossaryTermProps {
  id: string;
  entry: GlossaryEntry;
  fragment: string;
  children: ReactNode;
}

/**
 * A glossary term in the text: a button that opens its definition (focus moves in, Escape closes and
 * returns it). Hovering also shows it, without moving focus, and it stays while the pointer is on the
 * term or the definition, until Escape or the pointer leaves both (WCAG 1.4.13).
 *
 * The trigger is a native <button>, not react-aria's: an interview of 10,000 exchanges has tens of
 * thousands of terms, and a plain button gives the same keyboard and screen-reader behaviour at a
 * fraction of the cost. The popover itself is react-aria's.
 */
export function GlossaryTerm({ id, entry, fragment, children }: GlossaryTermProps) {
  const [open, setOpen] = useState<'hover' | 'press' | null>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const later = (ms: number, action: () => void) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(action, ms);
  };
  const preload = () => void loadPopover();
  const hoverIn = (event: PointerEvent) => {
    // Touch and pen "hover" is a tap on its way: the press opens the definition instead.
    if (event.pointerType !== 'mouse') return;
    preload();
    later(HOVER_OPEN_MS, () => setOpen((current) => current ?? 'hover'));
  };
  const hoverOut = () =>
    later(HOVER_CLOSE_MS, () => setOpen((current) => (current === 'hover' ? null : current)));
  const stay = () => clearTimeout(timer.current);
  useEffect(() => () => clearTimeout(timer.current), []);

  // Shown by hover, focus is elsewhere: Escape anywhere dismisses it.
  useEffect(() => {
    if (open !== 'hover') return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      clearTimeout(timer.current);
      setOpen(null);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        id={id}
        className="glossary-term"
        aria-haspopup="dialog"
        aria-expanded={open === 'press'}
        onClick={() => {
          clearTimeout(timer.current);
          setOpen('press');
        }}
        onPointerEnter={hoverIn}
        onPointerLeave={hoverOut}
        onFocus={preload}
      >
        {children}
      </button>
      {open !== null && (
        <Suspense fallback={null}>
          <GlossaryPopover
            key={open}
            triggerRef={triggerRef}
            preview={open === 'hover'}
            entry={entry}
            fragment={fragment}
            onClose={() => setOpen(null)}
            onPointerEnter={stay}
            onPointerLeave={hoverOut}
          />
        </Suspense>
      )}
    </>
  );
}
