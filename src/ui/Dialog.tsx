// The app's modal dialog: react-aria moves focus in, keeps it there, closes on Escape or a click
// outside, hides the page from screen readers meanwhile, and returns focus to whatever opened it.
// Focus starts on the first control, the close button beside the title, not on the dialog itself:
// Orca reads a focused dialog whole, as one long utterance with its words run together.
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

/** As react-aria waits before focusing its own dialog again, for the same reason. */
const ANNOUNCE_MS = 500;

/**
 * Focus given while the dialog is being added goes unannounced (Orca is silent: it does not have the
 * dialog yet), and a focused dialog is read whole. So the heading holds focus as the dialog opens (by a
 * tabindex that goes when focus leaves: a focusable heading is "clickable"), and once the dialog is there
 * focus moves on to the first control, the close button beside it, unless the reader moved it already;
 * the screen reader then says the dialog's name and that button.
 */
export function DialogHeading({
  children,
  focusKey,
}: {
  children: ReactNode;
  focusKey?: number | undefined;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  // Again whenever focusKey changes: a non-modal panel, already open, is asked for again (ui/Panel).
  useEffect(() => {
    const heading = ref.current;
    if (heading === null) return;
    const drop = () => heading.removeAttribute('tabindex');
    heading.tabIndex = -1;
    heading.addEventListener('blur', drop, { once: true });
    heading.focus();
    const timer = setTimeout(() => {
      if (document.activeElement === heading) heading.parentElement?.querySelector('button')?.focus();
    }, ANNOUNCE_MS);
    return () => {
      clearTimeout(timer);
      heading.removeEventListener('blur', drop);
    };
  }, [focusKey]);
  return (
    <Heading slot="title" className="dialog-heading" ref={ref}>
      {children}
    </Heading>
  );
}
