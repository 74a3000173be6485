// "Reading settings": a non-modal panel beside the article on wide screens and a sheet over the lower
// part of a phone's screen (ui/Panel; settings.css), so every change shows on the text at once. Every
// control applies at once (CSS custom properties on <html>) and is kept on this device; no "Save".
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../i18n/labels';
import { useAnnounce } from '../services/Announcer';
import { useAppCommands } from '../services/AppCommands';
import { usePreferencesDispatch } from '../preferences/PreferencesProvider';
import { Button } from '../ui/Button';
import { Panel, useClosePanel } from '../ui/Panel';
import { FontField, LineLengthField, ThemeField } from './ChoiceFields';
import { LanguageField } from './LanguageField';
import { LineFocusField, SpeechRateField, VoiceField } from './ReadAloudFields';
import { ShortcutsField } from './ShortcutsField';
import { LetterSpacingField, LineHeightField, TextSizeField, WordSpacingField } from './SliderFields';
import { useReflowBeside } from './useReflowBeside';
import './settings.css';
import { InterfaceLocale } from '../i18n/InterfaceLocale';

interface Group {
  id: string;
  heading: TranslationKey;
  fields: readonly ComponentType[];
}

/** Fields whose choices are a word or two each: side by side, more to a row. */
const SHORT_CHOICES: ReadonlySet<ComponentType> = new Set([LineLengthField, LineFocusField]);

/**
 * The panel's body, in groups, in order. To add a setting, write a field component (it reads and sets
 * its own preference, with a visible label and help text) and list it in its group.
 */
const GROUPS: readonly Group[] = [
  { id: 'text', heading: 'settings.groups.text', fields: [TextSizeField, FontField, ThemeField] },
  {
    id: 'spacing',
    heading: 'settings.groups.spacing',
    fields: [LineHeightField, LetterSpacingField, WordSpacingField, LineLengthField],
  },
  {
    id: 'aids',
    heading: 'settings.groups.aids',
    fields: [LineFocusField, SpeechRateField, VoiceField],
  },
  { id: 'interface', heading: 'settings.groups.interface', fields: [ShortcutsField, LanguageField] },
];

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const dispatch = usePreferencesDispatch();
  const announce = useAnnounce();
  const { asked } = useAppCommands();
  useReflowBeside();
  return (
    <InterfaceLocale>
      <Panel
        title={t('settings.title')}
        closeLabel={t('settings.close')}
        onClose={onClose}
        describedBy="settings-intro"
        className="settings-panel"
        focusKey={asked}
      >
        <p id="settings-intro" className="settings-intro">
          {t('settings.intro')}
        </p>
        <div className="settings-groups">
          {GROUPS.map(({ id, heading, fields }) => (
            <div key={id} className="settings-group">
              {/* A level below the panel's title, an h2. */}
              <h3 className="settings-group-heading">{t(heading)}</h3>
              <ul className="settings-fields">
                {fields.map((Field, index) => (
                  <li
                    key={index}
                    className={SHORT_CHOICES.has(Field) ? 'settings-field short-choices' : 'settings-field'}
                  >
                    <Field />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
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
          <DoneButton label={t('settings.done')} />
        </div>
      </Panel>
    </InterfaceLocale>
  );
}

/** Closes the panel as its Close button does, focus first back on what opened it. */
function DoneButton({ label }: { label: string }) {
  const close = useClosePanel();
  return <Button onPress={close}>{label}</Button>;
}
