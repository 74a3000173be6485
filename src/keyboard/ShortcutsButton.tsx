import { useTranslation } from 'react-i18next';
import { DialogButton, lazyDialog } from '../services/DialogButton';
import './keyboard.css';

const shortcutsDialog = lazyDialog(() =>
  import('./ShortcutsDialog').then((module) => module.ShortcutsDialog),
);

/** The "Keyboard shortcuts" button in the banner, and the dialog it opens (also opened by "?"). */
export function ShortcutsButton() {
  const { t } = useTranslation();
  return <DialogButton dialog="shortcuts" label={t('shortcuts.button')} lazy={shortcutsDialog} />;
}
