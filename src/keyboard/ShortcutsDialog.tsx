import { useTranslation } from 'react-i18next';
import { usePreferences } from '../preferences/PreferencesProvider';
import { useAppCommands } from '../services/AppCommands';
import { Dialog } from '../ui/Dialog';
import type { TranslationKey } from '../i18n/labels';
import { SHORTCUTS, type ShortcutCommand } from './shortcuts';
import { InterfaceLocale } from '../i18n/InterfaceLocale';

const COMMAND_LABELS = {
  nextQuestion: 'shortcuts.commands.nextQuestion',
  previousQuestion: 'shortcuts.commands.previousQuestion',
  readingMode: 'shortcuts.commands.readingMode',
  largerText: 'shortcuts.commands.largerText',
  smallerText: 'shortcuts.commands.smallerText',
  settings: 'shortcuts.commands.settings',
  help: 'shortcuts.commands.help',
  readAloud: 'shortcuts.commands.readAloud',
  nextSentence: 'shortcuts.commands.nextSentence',
  previousSentence: 'shortcuts.commands.previousSentence',
  stopReading: 'shortcuts.commands.stopReading',
} as const satisfies Record<ShortcutCommand, TranslationKey>;

/**
 * Every shortcut with what it does. The dialog moves focus in, keeps it in, closes on Escape and
 * returns focus to whatever opened it (the button, or the page when "?" was pressed).
 */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { shortcuts: enabled } = usePreferences();
  const { asked } = useAppCommands();
  return (
    <InterfaceLocale>
      <Dialog
        title={t('shortcuts.title')}
        closeLabel={t('shortcuts.close')}
        onClose={onClose}
        describedBy="shortcuts-intro"
        askedKey={asked}
      >
        <p id="shortcuts-intro">{enabled ? t('shortcuts.intro') : t('shortcuts.introOff')}</p>
        {/* One list item per shortcut, read as one phrase ("j: Go to the next question"); a description
            list made Orca say each key twice, between "description term" and "description value". */}
        <ul className="shortcuts-list">
          {SHORTCUTS.map(({ command, keys }) => (
            <li key={command} className="shortcuts-row">
              <span className="shortcuts-keys">
                {keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && <span className="visually-hidden"> {t('shortcuts.or')} </span>}
                    <kbd>{key}</kbd>
                  </span>
                ))}
                <span className="visually-hidden">{t('shortcuts.keySeparator')}</span>
              </span>{' '}
              <span>{t(COMMAND_LABELS[command])}</span>
            </li>
          ))}
        </ul>
        <p className="shortcuts-note">{t('shortcuts.screenReaderNote')}</p>
        <p className="shortcuts-note">{t('shortcuts.switchOffNote')}</p>
      </Dialog>
    </InterfaceLocale>
  );
}
