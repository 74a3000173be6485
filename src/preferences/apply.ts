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
  setAttribute(root, 'data-theme', preferences.theme);
  setAttribute(root, 'data-large-text', preferences.textSize >= LARGE_TEXT_SIZE ? '' : undefined);
  setAttribute(root, 'data-font', preferences.font);
  setProperty(root, '--reader-scale', String(preferences.textSize / 100));
  setProperty(root, '--reader-line-height', String(preferences.lineHeight));
  setProperty(root, '--reader-letter-spacing', `${preferences.letterSpacing}em`);
  setProperty(root, '--reader-word-spacing', `${preferences.wordSpacing}em`);
  setProperty(root, '--reader-line-characters', String(LINE_CHARACTERS[preferences.lineLength]));
}

/** The reading mode as CSS sees it: reading-modes.css shows what <html data-mode> names. */
export function applyMode(mode: Preferences['mode'], root: HTMLElement): void {
  setAttribute(root, 'data-mode', mode);
}

// Only what differs is written. The pre-paint script has already set all of it when the app starts,
// and writing an equal value still counts as a change: Chromium restyles every element of the page.
function setAttribute(root: HTMLElement, name: string, value: string | undefined): void {
  if (root.getAttribute(name) === (value ?? null)) return;
  if (value === undefined) root.removeAttribute(name);
  else root.setAttribute(name, value);
}

function setProperty(root: HTMLElement, name: string, value: string): void {
  if (root.style.getPropertyValue(name) !== value) root.style.setProperty(name, value);
}
