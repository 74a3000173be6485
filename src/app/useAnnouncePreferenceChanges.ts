// The one place that tells a screen reader about a change of reading mode, theme or text size, however
// it was made (settings dialog, shortcut, another tab): once, politely, and never on first render.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MODE_LABELS, THEME_LABELS } from '../i18n/labels';
import { usePreference } from '../preferences/PreferencesProvider';
import type { Preferences } from '../preferences/preferences';
import { useAnnounce } from '../services/Announcer';

export function useAnnouncePreferenceChanges(): void {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const mode = usePreference('mode');
  const theme = usePreference('theme');
  const textSize = usePreference('textSize');
  const previous = useRef<Pick<Preferences, 'mode' | 'theme' | 'textSize'>>({ mode, theme, textSize });

  useEffect(() => {
    const before = previous.current;
    previous.current = { mode, theme, textSize };
    const changes: string[] = [];
    if (mode !== before.mode) changes.push(t('announce.mode', { mode: t(MODE_LABELS[mode]) }));
    if (theme !== before.theme) changes.push(t('announce.theme', { theme: t(THEME_LABELS[theme]) }));
    if (textSize !== before.textSize) {
      const size = new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(textSize / 100);
      changes.push(t('announce.textSize', { size }));
    }
    if (changes.length > 0) announce(changes.join(' '));
  }, [mode, theme, textSize, t, i18n.language, announce]);
}
