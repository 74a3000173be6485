import { useInterfaceLanguage } from '../i18n/useInterfaceLanguage';
import { useAnnouncePreferenceChanges } from './useAnnouncePreferenceChanges';

/**
 * What the app does when preferences change, kept in a leaf of its own: if the shell ran these hooks
 * it would re-render, and the whole article with it, every time the reader moved a slider.
 */
export function PreferenceEffects() {
  useInterfaceLanguage();
  useAnnouncePreferenceChanges();
  return null;
}
