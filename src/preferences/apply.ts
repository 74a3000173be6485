// Preferences become CSS: a theme and font attribute and --reader-* custom properties on <html>.
// Changing them restyles the page without re-rendering the article.
import type { Preferences } from './preferences';

/**
 * Characters per line (WCAG 1.4.8: at most 80). tokens.css turns this into a width with the chosen
 * font's average character width, since `ch` (the width of "0") lets most fonts run 20-50% over.
 */
export const LINE_CHARACTERS = { narrow: 45, medium: 60, wide: 70 } as const;

/**
 * From this text size on the banner's row would no longer hold its controls: CSS puts its tools behind
 * one Menu button (src/app/banner.css). CSS cannot compare a custom property's value, so it is said here.
 */
export const LARGE_TEXT_SIZE = 150;

export function applyPreferences(preferences: Preferences, root: HTMLElement): void {
  root.dataset['theme'] = preferences.theme;
  root.toggleAttribute('data-large-text', preferences.textSize >= LARGE_TEXT_SIZE);
  root.dataset['font'] = preferences.font;
  const style = root.style;
  style.setProperty('--reader-scale', String(preferences.textSize / 100));
  style.setProperty('--reader-line-height', String(preferences.lineHeight));
  style.setProperty('--reader-letter-spacing', `${preferences.letterSpacing}em`);
  style.setProperty('--reader-word-spacing', `${preferences.wordSpacing}em`);
  style.setProperty('--reader-line-characters', String(LINE_CHARACTERS[preferences.lineLength]));
}

/** The reading mode as CSS sees it: reading-modes.css shows what <html data-mode> names. */
export function applyMode(mode: Preferences['mode'], root: HTMLElement): void {
  root.dataset['mode'] = mode;
}
