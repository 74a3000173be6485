import { useTranslation } from 'react-i18next';
import { DialogButton, lazyDialog } from '../services/DialogButton';

const settingsDialog = lazyDialog(() => import('./SettingsDialog').then((module) => module.SettingsDialog));

/** The "Reading settings" button in the banner, and the dialog it opens. */
export function SettingsButton() {
  const { t } = useTranslation();
  return <DialogButton dialog="settings" label={t('settings.button')} lazy={settingsDialog} />;
}
