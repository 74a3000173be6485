import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppCommands } from '../app/AppCommands';
import { Button } from '../ui/Button';
import './keyboard.css';

const loadDialog = () => import('./ShortcutsDialog');
// The dialog is not needed for the first paint, so it downloads on first use (or on hover or focus).
const ShortcutsDialog = lazy(() => loadDialog().then((module) => ({ default: module.ShortcutsDialog })));

/** The "Keyboard shortcuts" button in the banner, and the dialog it opens (also opened by "?"). */
export function ShortcutsButton() {
  const { t } = useTranslation();
  const { openDialog, setOpenDialog } = useAppCommands();
  const preload = () => void loadDialog();
  return (
    <>
      <Button
        aria-haspopup="dialog"
        onPress={() => setOpenDialog('shortcuts')}
        onHoverStart={preload}
        onFocus={preload}
      >
        {t('shortcuts.button')}
      </Button>
      {openDialog === 'shortcuts' && (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={() => setOpenDialog(null)} />
        </Suspense>
      )}
    </>
  );
}
