// The one place that tells a screen reader about a change of reading mode, theme or text size, however
// it was made (settings dialog, shortcut, another tab): once, politely. It listens to the store, not to
// rendered values, so only real changes speak: never the first render, nor a prerendered page taking
// on the saved preferences as it hydrates.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MODE_LABELS, THEME_LABELS } from '../i18n/labels';
import { usePreferencesStore } from '../preferences/PreferencesProvider';
import type { Preferences } from '../preferences/preferences';
import { useAnnounce } from '../services/Announcer';

type Announced = Pick<Preferences, 'mode' | 'theme' | 'textSize'>;

export function useAnnouncePreferenceChanges(): void {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const store = usePreferencesStore();
  // What was last said, kept across re-subscriptions (a language change re-subscribes).
  const before = useRef<Announced | null>(null);

  useEffect(() => {
    before.current ??= store.get();
    const describe = (was: Announced, now: Announced): string[] => {
      const changes: string[] = [];
      if (now.mode !== was.mode) changes.push(t('announce.mode', { mode: t(MODE_LABELS[now.mode]) }));
      if (now.theme !== was.theme) changes.push(t('announce.theme', { theme: t(THEME_LABELS[now.theme]) }));
      if (now.textSize !== was.textSize) {
        const size = new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(now.textSize / 100);
        changes.push(t('announce.textSize', { size }));
      }
      return changes;
    };
    return store.subscribe(() => {
      const now = store.get();
      const changes = describe(before.current ?? now, now);
      before.current = now;
      if (changes.length > 0) announce(changes.join(' '));
    });
  }, [store, announce, t, i18n.language]);
}
