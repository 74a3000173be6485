// A popover next to its trigger: react-aria's, positioned and dismissed by it.
//
// Two kinds. A pressed popover is modal: it is the dialog (role=dialog, named by aria-labelledby),
// takes focus, contains it, closes on Escape or a press outside, and gives focus back. A preview,
// shown on hover, must not move focus: it is non-modal, and RAC's "PreviewTrigger" popover kind keeps
// role=dialog on it without focusing it. Either way the dialog is the popover element itself, so
// react-aria's hidden dismiss buttons sit inside role=dialog, never loose outside any landmark.
import type { ReactNode, RefObject } from 'react';
import { Popover as AriaPopover } from 'react-aria-components';

/** RAC's name for a hover preview popover: role=dialog, not focused on opening, focus not contained. */
const PREVIEW_KIND = 'PreviewTrigger';

interface PopoverProps {
  triggerRef: RefObject<Element | null>;
  onClose: () => void;
  preview: boolean;
  'aria-labelledby': string;
  className?: string;
  children: ReactNode;
}

export function Popover({ triggerRef, onClose, preview, className, children, ...labelling }: PopoverProps) {
  return (
    <AriaPopover
      {...labelling}
      triggerRef={triggerRef}
      isOpen
      onOpenChange={(isOpen) => {
        if (!isOpen) onClose();
      }}
      isNonModal={preview}
      {...(preview ? { trigger: PREVIEW_KIND } : {})}
      placement="bottom start"
      className={['popover', className].filter(Boolean).join(' ')}
    >
      {children}
    </AriaPopover>
  );
}
