// The one wrapper around localStorage. Storage can be missing, blocked or full, and what it holds can be
// corrupted or from another version: none of that may break the app or show an error.
import { DEFAULT_PREFERENCES, sanitisePreferences, type Preferences } from './preferences';

export const STORAGE_KEY = 'open-caption-reader.preferences';
export const STORAGE_VERSION = 1;

interface Stored {
  version: number;
  preferences: unknown;
}

export function readPreferences(
  storage: Pick<Storage, 'getItem'> | undefined = safeLocalStorage(),
): Preferences {
  try {
    const text = storage?.getItem(STORAGE_KEY);
    return text == null ? { ...DEFAULT_PREFERENCES } : parseStored(text);
  } catch {
    return { ...DEFAULT_PREFERENCES };
  }
}

/** Parses what another tab or an earlier visit stored; unknown versions give the defaults. */
export function parseStored(text: string | null): Preferences {
  if (text === null) return { ...DEFAULT_PREFERENCES };
  try {
    const stored = JSON.parse(text) as Partial<Stored> | null;
    if (stored?.version !== STORAGE_VERSION) return { ...DEFAULT_PREFERENCES };
    return sanitisePreferences(stored.preferences);
  } catch {
    return { ...DEFAULT_PREFERENCES };
  }
}

export function writePreferences(
  preferences: Preferences,
  storage: Pick<Storage, 'setItem'> | undefined = safeLocalStorage(),
): void {
  try {
    const stored: Stored = { version: STORAGE_VERSION, preferences };
    storage?.setItem(STORAGE_KEY, JSON.stringify(stored));
  } catch {
    // Quota full or storage blocked: the choice still applies for this visit.
  }
}

/** Even reading `window.localStorage` throws when storage is blocked. */
function safeLocalStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
