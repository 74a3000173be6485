import { useTranslation } from 'react-i18next';
import { usePreferences } from '../preferences/PreferencesProvider';
import { Dialog } from '../ui/Dialog';
import { SHORTCUTS } from './shortcuts';

/**
 * Every shortcut with what it does. The dialog moves focus in, keeps it in, closes on Escape and
 * returns focus to whatever opened it (the button, or the page when "?" was pressed).
 */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { shortcuts: enabled } = usePreferences();
  return (
    <Dialog
      title={t('shortcuts.title')}
      closeLabel={t('shortcuts.close')}
      onClose={onClose}
      describedBy="shortcuts-intro"
    >
      <p id="shortcuts-intro">{enabled ? t('shortcuts.intro') : t('shortcuts.introOff')}</p>
      <dl className="shortcuts-list">
        {SHORTCUTS.map(({ command, keys }) => (
          <div key={command} className="shortcuts-row">
            <dt>
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && <span className="visually-hidden">{t('shortcuts.or')}</span>}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t(`shortcuts.commands.${command}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="shortcuts-note">{t('shortcuts.screenReaderNote')}</p>
      <p className="shortcuts-note">{t('shortcuts.switchOffNote')}</p>
    </Dialog>
  );
}
