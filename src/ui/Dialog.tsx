// The app's modal dialog: react-aria keeps focus in it, closes it on Escape or a click outside, hides
// the page from screen readers meanwhile, and returns focus to whatever opened it. Focus starts on the
// dialog's heading, not on the dialog itself: a focused dialog is read whole, as one long utterance.
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
          <div className="dialog-header">
            <DialogHeading>{title}</DialogHeading>
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

/** How long react-aria waits before focusing its dialog again, for the same reason. */
const REFOCUS_MS = 500;

/**
 * Takes focus as the dialog opens (a child's effect runs before react-aria's, which then finds focus
 * inside and leaves it), by a tabindex that goes again once focus leaves: nothing static stays focusable.
 * Focused again once the dialog has rendered, as react-aria does with its dialog: before that, a screen
 * reader may not have the dialog yet and announce nothing (Orca did not).
 */
function DialogHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const heading = ref.current;
    if (heading === null) return;
    const drop = () => heading.removeAttribute('tabindex');
    const focus = () => {
      heading.tabIndex = -1;
      heading.focus();
      heading.addEventListener('blur', drop, { once: true });
    };
    focus();
    const timer = setTimeout(() => {
      if (document.activeElement !== heading && document.activeElement !== document.body) return;
      heading.removeEventListener('blur', drop);
      heading.blur();
      focus();
    }, REFOCUS_MS);
    return () => {
      clearTimeout(timer);
      heading.removeEventListener('blur', drop);
    };
  }, []);
  return (
    <Heading slot="title" className="dialog-heading" ref={ref}>
      {children}
    </Heading>
  );
}
