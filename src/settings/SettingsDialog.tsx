// The "Reading settings" dialog. Every control applies at once (the page behind restyles through CSS
// custom properties) and is kept on this device; nothing here needs a "Save".
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../services/Announcer';
import { usePreferencesDispatch } from '../preferences/PreferencesProvider';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { FontField, LineLengthField, ThemeField } from './ChoiceFields';
import { LanguageField } from './LanguageField';
import { LineFocusField, SpeechRateField, VoiceField } from './ReadAloudFields';
import { ShortcutsField } from './ShortcutsField';
import { LetterSpacingField, LineHeightField, TextSizeField, WordSpacingField } from './SliderFields';
import './settings.css';

/**
 * The dialog's body, in order. To add a setting, write a field component (it reads and sets its own
 * preference, with a visible label and help text) and list it here.
 */
const FIELDS: readonly ComponentType[] = [
  TextSizeField,
  FontField,
  LineHeightField,
  LetterSpacingField,
  WordSpacingField,
  LineLengthField,
  ThemeField,
  LineFocusField,
  SpeechRateField,
  VoiceField,
  ShortcutsField,
  LanguageField,
];

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const dispatch = usePreferencesDispatch();
  const announce = useAnnounce();
  return (
    <Dialog
      title={t('settings.title')}
      closeLabel={t('settings.close')}
      onClose={onClose}
      describedBy="settings-intro"
    >
      <p id="settings-intro" className="settings-intro">
        {t('settings.intro')}
      </p>
      <ul className="settings-fields">
        {FIELDS.map((Field, index) => (
          <li key={index} className="settings-field">
            <Field />
          </li>
        ))}
      </ul>
      <div className="settings-actions">
        <Button
          className="dialog-close"
          onPress={() => {
            dispatch({ type: 'reset' });
            announce(t('settings.resetDone'));
          }}
        >
          {t('settings.reset')}
        </Button>
        <Button onPress={onClose}>{t('settings.done')}</Button>
      </div>
    </Dialog>
  );
}
