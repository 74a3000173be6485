// The app's modal dialog: react-aria moves focus in, keeps it there, closes on Escape or a click
// outside, hides the page from screen readers meanwhile, and returns focus to whatever opened it.
// Focus starts on the first control, the close button beside the title, not on the dialog itself:
// Orca reads a focused dialog whole, as one long utterance with its words run together; nor on the
// heading: a focusable heading is announced "clickable".
import { useEffect, useRef, type ReactNode } from 'react';
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from './Button';
import './dialog.css';

interface DialogProps {
  title: ReactNode;
  /** Visible text of the close button in the dialog's header. */
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
  /** Id of an element inside the dialog that describes it. */
  describedBy?: string;
}

export function Dialog({ title, closeLabel, onClose, children, describedBy }: DialogProps) {
  return (
    <ModalOverlay isOpen isDismissable onOpenChange={(open) => open || onClose()} className="dialog-overlay">
      <Modal className="dialog-modal">
        <AriaDialog
          className="dialog-panel"
          {...(describedBy !== undefined && { 'aria-describedby': describedBy })}
        >
          <FocusHold />
          <DialogHeader closeLabel={closeLabel} onClose={onClose}>
            <Heading slot="title" className="dialog-heading">
              {title}
            </Heading>
          </DialogHeader>
          {children}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}

/**
 * How long focus waits before moving on: long enough for Chromium to send the screen reader the page's
 * big change (the page hidden, the dialog added), which it may hold back for a while and then send
 * together with the next focus change, then until timers run on time again, a sign that the machine
 * (and the screen reader on it, which the page cannot see) has caught up; never longer than the most.
 */
const WAIT = { leastMs: 1500, mostMs: 4000, tickMs: 50, lateMs: 15, steadyTicks: 4 } as const;

function whenCaughtUp(then: () => void): () => void {
  const start = performance.now();
  let last = start;
  let steady = 0;
  let timer: ReturnType<typeof setTimeout>;
  const tick = () => {
    const now = performance.now();
    steady = now - last <= WAIT.tickMs + WAIT.lateMs ? steady + 1 : 0;
    last = now;
    const waited = now - start;
    if ((waited >= WAIT.leastMs && steady >= WAIT.steadyTicks) || waited >= WAIT.mostMs) then();
    else timer = setTimeout(tick, WAIT.tickMs);
  };
  timer = setTimeout(tick, WAIT.tickMs);
  return () => clearTimeout(timer);
}

/**
 * Focus given while the dialog is being added goes unannounced: Orca (43) is still taking the page
 * behind it out of its tree, loses its place, and says nothing, not even the button focused. So
 * focus waits on this silent, hidden holder (which also keeps react-aria from focusing the dialog
 * itself), and once the dialog is there it moves on to the first control, the close button beside the
 * title, unless the reader moved it already. The holder is focusable only until then.
 */
function FocusHold({ focusKey }: { focusKey?: number | undefined }) {
  const ref = useRef<HTMLSpanElement>(null);
  // Again whenever focusKey changes: a non-modal panel, already open, is asked for again (ui/Panel).
  useEffect(() => {
    const hold = ref.current;
    if (hold === null) return;
    const drop = () => hold.removeAttribute('tabindex');
    hold.tabIndex = -1;
    hold.addEventListener('blur', drop, { once: true });
    hold.focus();
    const cancel = whenCaughtUp(() => {
      if (document.activeElement === hold) hold.parentElement?.querySelector('button')?.focus();
    });
    return () => {
      cancel();
      hold.removeEventListener('blur', drop);
    };
  }, [focusKey]);
  return <span ref={ref} aria-hidden="true" />;
}

/** A dialog's or panel's header: its title, and the Close button beside it. */
export function DialogHeader({
  children,
  closeLabel,
  onClose,
  className,
}: {
  children: ReactNode;
  closeLabel: string;
  onClose: () => void;
  className?: string;
}) {
  return (
    <div className={['dialog-header', className].filter(Boolean).join(' ')}>
      {children}
      <Button className="dialog-close" onPress={onClose}>
        {closeLabel}
      </Button>
    </div>
  );
}

/** A panel's title, with the same focus hold before it (its parent holds the Close button). */
export function DialogHeading({
  children,
  focusKey,
}: {
  children: ReactNode;
  focusKey?: number | undefined;
}) {
  return (
    <>
      <FocusHold focusKey={focusKey} />
      <Heading slot="title" className="dialog-heading">
        {children}
      </Heading>
    </>
  );
}
