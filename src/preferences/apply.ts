// Preferences become CSS: a theme and font attribute and --reader-* custom properties on <html>.
// Changing them restyles the page without re-rendering the article.
import type { Preferences } from './preferences';

const MEASURES = { narrow: '50ch', medium: '66ch', wide: '78ch' } as const;

export function applyPreferences(preferences: Preferences, root: HTMLElement): void {
  root.dataset['theme'] = preferences.theme;
  root.dataset['font'] = preferences.font;
  const style = root.style;
  style.setProperty('--reader-scale', String(preferences.textSize / 100));
  style.setProperty('--reader-line-height', String(preferences.lineHeight));
  style.setProperty('--reader-letter-spacing', `${preferences.letterSpacing}em`);
  style.setProperty('--reader-word-spacing', `${preferences.wordSpacing}em`);
  style.setProperty('--reader-measure', MEASURES[preferences.lineLength]);
}
