// The app's non-modal dialog: a panel beside the page (or a sheet over part of it on a phone), for
// settings whose effect the reader watches while changing them. Unlike ui/Dialog it hides nothing,
// keeps no focus in, and ignores presses outside it (the reader is checking the text there); Tab
// leaves it for the page and comes back. Focus goes in as it opens, on the close button (ui/Dialog's
// DialogHeader), Escape inside it closes it, and focus returns to what opened it.
// role="dialog" without aria-modal, named by its heading: it takes focus and closes like a dialog,
// which a complementary landmark does not say.
// Focus goes back to the opener before the panel goes (ui/return-focus).
import { createContext, useContext, useLayoutEffect, useRef, type ReactNode } from 'react';
import { Dialog as AriaDialog } from 'react-aria-components';
import { FocusScope } from 'react-aria/FocusScope';
import { useOverlay } from 'react-aria/useOverlay';
import { DialogHeader } from './Dialog';
import { useReturnFocus } from './return-focus';
import './dialog.css';

interface PanelProps {
  title: ReactNode;
  /** Visible text of the close button in the panel's header. */
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
  /** Id of an element inside the panel that describes it. */
  describedBy?: string;
  className?: string;
  /** Changes when the panel, already open, is asked for again: focus goes back into it. */
  focusKey?: number;
}

const ClosePanel = createContext<() => void>(() => undefined);

/** Closes the panel around the caller, focus first back on what opened it (for a "Done" button). */
export function useClosePanel(): () => void {
  return useContext(ClosePanel);
}

export function Panel({
  title,
  closeLabel,
  onClose,
  children,
  describedBy,
  className,
  focusKey,
}: PanelProps) {
  const ref = useRef<HTMLDivElement>(null);
  const dialog = useRef<HTMLElement>(null);
  const returnFocus = useReturnFocus();
  const close = () => {
    returnFocus();
    onClose();
  };
  // react-aria makes its dialog focusable (tabindex="-1") to fall back on. Focus goes to the close
  // button instead, and a focusable element inside the app is announced "clickable" (Orca).
  useLayoutEffect(() => dialog.current?.removeAttribute('tabindex'));
  // Escape only (react-aria's, so a list open inside the panel closes first); never on blur or outside.
  const { overlayProps } = useOverlay({ isOpen: true, onClose: close, isDismissable: false }, ref);
  return (
    <ClosePanel.Provider value={close}>
      <FocusScope restoreFocus>
        {/* react-aria's Dialog takes no key handlers: this box without a box of its own listens. */}
        <div {...overlayProps} ref={ref} className="panel-keys">
          <AriaDialog
            ref={dialog}
            className={['panel', className].filter(Boolean).join(' ')}
            data-non-modal=""
            {...(describedBy !== undefined && { 'aria-describedby': describedBy })}
          >
            <DialogHeader
              className="panel-header"
              title={title}
              closeLabel={closeLabel}
              onClose={close}
              focusKey={focusKey}
            />
            {children}
          </AriaDialog>
        </div>
      </FocusScope>
    </ClosePanel.Provider>
  );
}
