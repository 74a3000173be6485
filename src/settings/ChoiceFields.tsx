// Font, line length and colours: a few named choices each, so radio groups (every option visible,
// arrow keys to choose). Font names are shown in the interface font: previewing each face would
// download fonts the reader has not chosen.
import { useTranslation } from 'react-i18next';
import { FONT_LABELS, LINE_LENGTH_LABELS, THEME_LABELS } from '../i18n/labels';
import { FONTS, LINE_LENGTHS, THEMES } from '../preferences/preferences';
import { RadioGroup } from '../ui/RadioGroup';
import { usePreferenceField } from './usePreferenceField';

export function FontField() {
  const { t } = useTranslation();
  const [value, set] = usePreferenceField('font');
  return (
    <RadioGroup
      label={t('settings.font.label')}
      description={t('settings.font.help')}
      value={value}
      onChange={set}
      options={FONTS.map((font) => ({ value: font, label: t(FONT_LABELS[font]) }))}
    />
  );
}

export function LineLengthField() {
  const { t } = useTranslation();
  const [value, set] = usePreferenceField('lineLength');
  return (
    <RadioGroup
      label={t('settings.lineLength.label')}
      description={t('settings.lineLength.help')}
      value={value}
      onChange={set}
      options={LINE_LENGTHS.map((length) => ({
        value: length,
        label: t(LINE_LENGTH_LABELS[length]),
      }))}
    />
  );
}

export function ThemeField() {
  const { t } = useTranslation();
  const [value, set] = usePreferenceField('theme');
  return (
    <RadioGroup
      label={t('settings.theme.label')}
      description={t('settings.theme.help')}
      value={value}
      onChange={set}
      options={THEMES.map((theme) => ({ value: theme, label: t(THEME_LABELS[theme]) }))}
    />
  );
}
