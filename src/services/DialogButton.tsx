import { lazy, Suspense, type ComponentType } from 'react';
import { createPortal } from 'react-dom';
import { Button } from '../ui/Button';
import { useAppCommands, type AppDialog } from './AppCommands';

type DialogComponent = ComponentType<{ onClose: () => void }>;

export interface LazyDialog {
  Dialog: DialogComponent;
  preload: () => void;
}

/**
 * A dialog that is not needed for the first paint: it downloads on first use, or as soon as the
 * pointer rests on its button or focus reaches it, so it opens without a wait.
 */
export function lazyDialog(load: () => Promise<DialogComponent>): LazyDialog {
  return {
    Dialog: lazy(() => load().then((component) => ({ default: component }))),
    preload: () => void load(),
  };
}

interface DialogButtonProps {
  dialog: Exclude<AppDialog, null>;
  label: string;
  lazy: LazyDialog;
}

/** Where an opened dialog or panel is drawn. */
const BANNER = '.site-header';

/**
 * A banner button and the dialog it opens; the open state is shared so shortcuts can open it too.
 * No aria-haspopup: Orca switches to focus mode on a button with a popup, and its next single-letter
 * keys then reach the page. The dialog takes focus when it opens, which says what the button did.
 */
export function DialogButton({ dialog, label, lazy: { Dialog, preload } }: DialogButtonProps) {
  const { openDialog, setOpenDialog } = useAppCommands();
  return (
    <>
      <Button onPress={() => setOpenDialog(dialog)} onPointerEnter={preload} onFocus={preload}>
        {label}
      </Button>
      {/* Drawn at the end of the banner, not beside the button: on smaller screens the button is behind
          the banner's Menu, and a panel drawn there would be hidden whenever the Menu is closed. */}
      {openDialog === dialog &&
        createPortal(
          <Suspense fallback={null}>
            <Dialog onClose={() => setOpenDialog(null)} />
          </Suspense>,
          document.querySelector(BANNER) ?? document.body,
        )}
    </>
  );
}
