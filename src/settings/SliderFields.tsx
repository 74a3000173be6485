// Text size and the three spacings, each a slider whose value is shown and spoken in the interface's
// language ("150%", "1.6").
import { useTranslation } from 'react-i18next';
import { LETTER_SPACING, LINE_HEIGHT, TEXT_SIZE, WORD_SPACING } from '../preferences/preferences';
import { Slider } from '../ui/Slider';
import type { TranslationKey } from '../i18n/labels';
import { usePreferenceField } from './usePreferenceField';

export function TextSizeField() {
  const { t } = useTranslation();
  const [value, set] = usePreferenceField('textSize');
  return (
    <Slider
      label={t('settings.textSize.label')}
      description={t('settings.textSize.help')}
      value={value}
      onChange={set}
      minValue={TEXT_SIZE.min}
      maxValue={TEXT_SIZE.max}
      step={TEXT_SIZE.step}
      // The value is already a percentage: 150 reads "150%", where style 'percent' would say "15,000%".
      formatOptions={{ style: 'unit', unit: 'percent' }}
    />
  );
}

export function LineHeightField() {
  const { t } = useTranslation();
  const [value, set] = usePreferenceField('lineHeight');
  return (
    <Slider
      label={t('settings.lineHeight.label')}
      description={t('settings.lineHeight.help')}
      value={value}
      onChange={set}
      minValue={LINE_HEIGHT.min}
      maxValue={LINE_HEIGHT.max}
      step={LINE_HEIGHT.step}
      formatOptions={{ minimumFractionDigits: 1, maximumFractionDigits: 1 }}
    />
  );
}

const SPACING_TEXT = {
  letterSpacing: { label: 'settings.letterSpacing.label', help: 'settings.letterSpacing.help' },
  wordSpacing: { label: 'settings.wordSpacing.label', help: 'settings.wordSpacing.help' },
} as const satisfies Record<string, { label: TranslationKey; help: TranslationKey }>;

/** Spacing in em, shown as a share of the text size: 0.12 em reads "12%". */
function SpacingField({ kind }: { kind: 'letterSpacing' | 'wordSpacing' }) {
  const { t } = useTranslation();
  const [value, set] = usePreferenceField(kind);
  const range = kind === 'letterSpacing' ? LETTER_SPACING : WORD_SPACING;
  return (
    <Slider
      label={t(SPACING_TEXT[kind].label)}
      description={t(SPACING_TEXT[kind].help)}
      value={value}
      onChange={set}
      minValue={range.min}
      maxValue={range.max}
      step={range.step}
      formatOptions={{ style: 'percent', maximumFractionDigits: 0 }}
    />
  );
}

export function LetterSpacingField() {
  return <SpacingField kind="letterSpacing" />;
}

export function WordSpacingField() {
  return <SpacingField kind="wordSpacing" />;
}
