// Read aloud's speed and voice, and line focus. The voices offered are those for the interview's
// language (not the interface's): a Spanish voice reading an English interview helps nobody.
import { useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { LINE_FOCUS, SPEECH_RATE, type LineFocus } from '../preferences/preferences';
import { documentLanguage, useVoices, voicesFor } from '../services/speech-voices';
import { RadioGroup } from '../ui/RadioGroup';
import { Select } from '../ui/Select';
import { Slider } from '../ui/Slider';
import { usePreferenceField } from './usePreferenceField';

const AUTOMATIC = '';
const noChange = () => () => {};

export function SpeechRateField() {
  const { t } = useTranslation();
  const [value, set] = usePreferenceField('speechRate');
  return (
    <Slider
      label={t('settings.speechRate.label')}
      description={t('settings.speechRate.help')}
      value={value}
      onChange={set}
      minValue={SPEECH_RATE.min}
      maxValue={SPEECH_RATE.max}
      step={SPEECH_RATE.step}
      // 1.5 reads "150%": a speed as a share of the voice's own.
      formatOptions={{ style: 'percent', maximumFractionDigits: 0 }}
    />
  );
}

export function VoiceField() {
  const { t, i18n } = useTranslation();
  const [value, set] = usePreferenceField('voice');
  const list = useVoices();
  const lang = useSyncExternalStore(noChange, documentLanguage, () => null);
  const language = useMemo(() => {
    if (lang === null) return '';
    try {
      return new Intl.DisplayNames([i18n.language], { type: 'language' }).of(lang) ?? lang;
    } catch {
      return lang;
    }
  }, [lang, i18n.language]);
  const voices = list.status === 'ready' && lang !== null ? voicesFor(list.voices, lang) : [];
  const options = [
    { id: AUTOMATIC, label: t('settings.voice.automatic') },
    ...voices.map((voice) => ({ id: voice.voiceURI, label: voice.name })),
  ];
  const chosen = options.some((option) => option.id === value) ? (value ?? AUTOMATIC) : AUTOMATIC;
  const help = t('settings.voice.help', { language });
  const status =
    list.status === 'unsupported'
      ? t('settings.voice.unsupported')
      : list.status === 'loading'
        ? t('settings.voice.loading')
        : voices.length === 0
          ? t('settings.voice.none', { language })
          : null;
  return (
    <Select
      label={t('settings.voice.label')}
      description={status === null ? help : `${help} ${status}`}
      value={chosen}
      options={options}
      onChange={(id) => set(id === AUTOMATIC ? null : id)}
      isDisabled={voices.length === 0}
    />
  );
}

export function LineFocusField() {
  const { t } = useTranslation();
  const [value, set] = usePreferenceField('lineFocus');
  return (
    <RadioGroup
      label={t('settings.lineFocus.label')}
      description={t('settings.lineFocus.help')}
      value={String(value)}
      onChange={(next) => {
        const lines = LINE_FOCUS.find((option) => String(option) === next);
        if (lines !== undefined) set(lines as LineFocus);
      }}
      options={LINE_FOCUS.map((lines) => ({
        value: String(lines),
        label: t(`settings.lineFocus.options.${lines}`),
      }))}
    />
  );
}
