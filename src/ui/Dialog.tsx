// The app's modal dialog: react-aria moves focus in, keeps it there, closes on Escape or a click
// outside, hides the page from screen readers meanwhile, and returns focus to whatever opened it.
import type { ReactNode } from 'react';
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
