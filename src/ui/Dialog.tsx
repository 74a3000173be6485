// The app's modal dialog: react-aria moves focus in, keeps it there, closes on Escape or a click
// outside, hides the page from screen readers meanwhile, and returns focus to whatever opened it.
// Focus starts on the first control, the close button beside the title, not on the dialog itself:
// Orca reads a focused dialog whole, as one long utterance with its words run together; nor on the
// heading: a focusable heading is announced "clickable".
//
// Closing goes in two steps, so that focus goes back to the opener while the dialog is still there
// (ui/return-focus): the dialog first stops being modal (react-aria gives the page back, and lets
// focus out), drawn invisible; focus goes back; and a moment later the dialog goes.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from './Button';
import { useReturnFocus } from './return-focus';
import './dialog.css';

interface DialogProps {
  title: ReactNode;
  /** Visible text of the close button in the dialog's header. */
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
  /** Id of an element inside the dialog that describes it. */
  describedBy?: string;
  /** Changes when the dialog is asked for again: in the moment it lingers after closing, it opens again. */
  askedKey?: number;
}

/**
 * How long a closed dialog stays, invisible, after focus went back: long enough for a screen reader
 * that is behind to find its place in the dialog still there when it takes the focus change up.
 */
const LINGER_MS = 300;

export function Dialog({ title, closeLabel, onClose, children, describedBy, askedKey }: DialogProps) {
  const returnFocus = useReturnFocus();
  // Closed as it was last asked for: asked for again while it lingers, it is open again.
  const [closedWhenAsked, setClosedWhenAsked] = useState<{ key: number | undefined } | null>(null);
  const closing = closedWhenAsked !== null && closedWhenAsked.key === askedKey;
  // After the commit that gave the page back (react-aria's effects run their clean-up first).
  useEffect(() => {
    if (!closing) return;
    returnFocus();
    const gone = setTimeout(onClose, LINGER_MS);
    return () => clearTimeout(gone);
  }, [closing]); // eslint-disable-line react-hooks/exhaustive-deps -- once, as it closes
  const close = () => setClosedWhenAsked({ key: askedKey });
  return (
    <ModalOverlay
      isOpen={!closing}
      isExiting={closing}
      isDismissable
      onOpenChange={(open) => open || close()}
      className="dialog-overlay"
    >
      <Modal className="dialog-modal">
        <AriaDialog
          className="dialog-panel"
          {...(describedBy !== undefined && { 'aria-describedby': describedBy })}
        >
          <DialogHeader title={title} closeLabel={closeLabel} onClose={close} focusKey={askedKey} hidesPage />
          {children}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}

/**
 * A dialog's or panel's header: its title, and the Close button beside it, which takes focus as soon as
 * the header is drawn (before react-aria's own effects: so react-aria never focuses the dialog itself),
 * and again whenever `focusKey` changes (a panel or dialog, already open or closing, asked for again). Nothing holds focus
 * before it: a focused element that is not a control is announced "clickable", aria-hidden or not.
 *
 * `hidesPage` (the modal dialog): the document's selection is dropped first. In browse mode Orca keeps
 * its caret in the page as a DOM selection; when react-aria makes the page inert, Chromium moves that
 * caret to <body>, Orca moves there with it, and the dialog then added under <body> makes it clear its
 * place: the focus on Close that follows is taken silently (Orca 43, scripts/web/script.py,
 * onFocusedChanged: "Clearing context"). With no selection in the page, Orca finds its place in the
 * dialog as the page goes, and says the dialog's name and Close.
 */
export function DialogHeader({
  title,
  closeLabel,
  onClose,
  className,
  focusKey,
  hidesPage = false,
}: {
  title: ReactNode;
  closeLabel: string;
  onClose: () => void;
  className?: string;
  focusKey?: number | undefined;
  hidesPage?: boolean;
}) {
  const close = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (hidesPage) document.getSelection()?.removeAllRanges();
    close.current?.focus();
  }, [focusKey, hidesPage]);
  return (
    <div className={['dialog-header', className].filter(Boolean).join(' ')}>
      <Heading slot="title" className="dialog-heading">
        {title}
      </Heading>
      <Button ref={close} className="dialog-close" onPress={onClose}>
        {closeLabel}
      </Button>
    </div>
  );
}
