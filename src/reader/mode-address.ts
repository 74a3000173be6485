// The reading mode in the page's address (?mode=plain or ?mode=both), so a link opens in that mode.
// The original is the default and needs no parameter. Other parameters (src) and the fragment stay.
import { READING_MODES, type Preferences, type ReadingMode } from '../preferences/preferences';

export function modeFromSearch(search: string): ReadingMode | undefined {
  const value = new URLSearchParams(search).get('mode');
  return READING_MODES.find((mode) => mode === value);
}

/** The address with its mode parameter set for `mode`; everything else as it was. */
export function addressWithMode(href: string, mode: ReadingMode): string {
  const url = new URL(href);
  if (mode === 'original') url.searchParams.delete('mode');
  else url.searchParams.set('mode', mode);
  return url.href;
}

/** Preferences read from storage, with the address's mode winning (it is then saved like any choice). */
export function withModeFromAddress(preferences: Preferences, search: string): Preferences {
  const mode = modeFromSearch(search);
  return mode === undefined ? preferences : { ...preferences, mode };
}
