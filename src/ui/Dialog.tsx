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
          <div className="dialog-header">
            <Heading slot="title" className="dialog-heading">
              {title}
            </Heading>
            <Button className="dialog-close" onPress={onClose}>
              {closeLabel}
            </Button>
          </div>
          {children}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}

/** As react-aria waits before focusing its own dialog again, for the same reason. */
const ANNOUNCE_MS = 1000;

/**
 * Focus given while the dialog is being added goes unannounced: Orca (43) is still taking the page
 * behind it out of its tree, loses its place, and says nothing, not even the button focused. So
 * focus waits on this silent, hidden holder (which also keeps react-aria from focusing the dialog
 * itself), and once the dialog is there it moves on to the first control, the close button beside the
 * title, unless the reader moved it already. The holder is focusable only until then.
 */
function FocusHold() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const hold = ref.current;
    if (hold === null) return;
    const drop = () => hold.removeAttribute('tabindex');
    hold.tabIndex = -1;
    hold.addEventListener('blur', drop, { once: true });
    hold.focus();
    const timer = setTimeout(() => {
      if (document.activeElement === hold) hold.parentElement?.querySelector('button')?.focus();
    }, ANNOUNCE_MS);
    return () => {
      clearTimeout(timer);
      hold.removeEventListener('blur', drop);
    };
  }, []);
  return <span ref={ref} aria-hidden="true" />;
}
