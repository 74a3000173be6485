import { useTranslation } from 'react-i18next';
import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { detectLanguage, LANGUAGES, nativeLanguageName } from '../i18n/i18n';
import { usePreference, usePreferencesDispatch } from '../preferences/PreferencesProvider';
import { directionOf } from '../reading/direction';
import '../ui/radio.css';

const FOLLOW_BROWSER = 'browser';

/**
 * "Language" of the interface. Each language is named in itself, in its own `lang` and `dir`, so a
 * reader who cannot read the current interface still finds theirs. Kept with the other preferences.
 * react-aria's radio group directly rather than ui/RadioGroup, whose options are plain strings.
 */
export function LanguageField() {
  const { t } = useTranslation();
  const language = usePreference('language');
  const dispatch = usePreferencesDispatch();
  // Rendering must not read `navigator` on a server; the browser's choice is only named, not stored.
  const browser = typeof navigator === 'undefined' ? undefined : detectLanguage(navigator.languages);
  const value = language !== null && (LANGUAGES as string[]).includes(language) ? language : FOLLOW_BROWSER;
  return (
    <RadioGroup
      className="radio-group language-field"
      value={value}
      onChange={(next) =>
        dispatch({ type: 'set', key: 'language', value: next === FOLLOW_BROWSER ? null : next })
      }
    >
      <Label className="field-label">{t('language.label')}</Label>
      <Text slot="description" className="field-help">
        {t('language.help')}
      </Text>
      <div className="radio-options">
        <Radio value={FOLLOW_BROWSER} className="radio">
          {browser === undefined
            ? t('language.browser')
            : t('language.browserNamed', { name: nativeLanguageName(browser) })}
        </Radio>
        {LANGUAGES.map((code) => (
          <Radio key={code} value={code} className="radio">
            <span lang={code} dir={directionOf(code)}>
              {nativeLanguageName(code)}
            </span>
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
