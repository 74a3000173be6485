import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppCommands } from '../app/AppCommands';
import { Button } from '../ui/Button';

const loadDialog = () => import('./SettingsDialog');
// Not needed for the first paint: the dialog and its widgets download on first use (or hover, focus).
const SettingsDialog = lazy(() => loadDialog().then((module) => ({ default: module.SettingsDialog })));

/** The "Reading settings" button in the banner, and the dialog it opens. */
export function SettingsButton() {
  const { t } = useTranslation();
  const { openDialog, setOpenDialog } = useAppCommands();
  const preload = () => void loadDialog();
  return (
    <>
      <Button
        aria-haspopup="dialog"
        onPress={() => setOpenDialog('settings')}
        onHoverStart={preload}
        onFocus={preload}
      >
        {t('settings.button')}
      </Button>
      {openDialog === 'settings' && (
        <Suspense fallback={null}>
          <SettingsDialog onClose={() => setOpenDialog(null)} />
        </Suspense>
      )}
    </>
  );
}
