// The one wrapper around localStorage. Storage can be missing, blocked or full, and what it holds can be
// corrupted or from another version: none of that may break the app or show an error.
//
// Several tabs share one stored value. Each field carries the time it was last chosen (`changedAt`), a
// tab writes only the fields it changed, merged into what is stored, and a tab hearing of another's
// write takes each field that is newer than its own: two tabs changing different settings at once keep
// both changes, and one that wrote over a change with a stale copy is corrected by the tab that made it.
// A value written by a newer version of the reader is left alone: never overwritten, never misread.
import { DEFAULT_PREFERENCES, SANITISERS, sanitisePreferences, type Preferences } from './preferences';

export const STORAGE_KEY = 'open-caption-reader.preferences';
export const STORAGE_VERSION = 1;

type Key = keyof Preferences;
/** When each field was last chosen (milliseconds since the epoch); a field never chosen has none. */
export type Stamps = Partial<Record<Key, number>>;

/** What storage holds, as far as this version of the reader understands it. */
export type Reading =
  | { kind: 'none' }
  /** Written by a newer version: leave it alone. */
  | { kind: 'newer' }
  | { kind: 'ours'; raw: Record<string, unknown>; preferences: Preferences; stamps: Stamps };

const KEYS = Object.keys(SANITISERS) as Key[];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses a stored value. Corrupted text, another shape or an older version read as nothing stored. */
export function readStored(text: string | null | undefined): Reading {
  if (text == null) return { kind: 'none' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'none' };
  }
  if (!isObject(raw) || typeof raw['version'] !== 'number') return { kind: 'none' };
  if (raw['version'] > STORAGE_VERSION) return { kind: 'newer' };
  if (raw['version'] !== STORAGE_VERSION) return { kind: 'none' };
  const changedAt = isObject(raw['changedAt']) ? raw['changedAt'] : {};
  const stamps: Stamps = {};
  for (const key of KEYS) {
    const stamp = changedAt[key];
    if (typeof stamp === 'number' && Number.isFinite(stamp)) stamps[key] = stamp;
  }
  return { kind: 'ours', raw, preferences: sanitisePreferences(raw['preferences']), stamps };
}

export function readPreferences(
  storage: Pick<Storage, 'getItem'> | undefined = safeLocalStorage(),
): Preferences {
  try {
    return parseStored(storage?.getItem(STORAGE_KEY) ?? null);
  } catch {
    return { ...DEFAULT_PREFERENCES };
  }
}

/** The stamps stored with the preferences (empty when there are none, or storage is unreadable). */
export function readStamps(storage: Pick<Storage, 'getItem'> | undefined = safeLocalStorage()): Stamps {
  try {
    const reading = readStored(storage?.getItem(STORAGE_KEY));
    return reading.kind === 'ours' ? reading.stamps : {};
  } catch {
    return {};
  }
}

/** Parses what another tab or an earlier visit stored; unknown versions give the defaults. */
export function parseStored(text: string | null): Preferences {
  const reading = readStored(text);
  return reading.kind === 'ours' ? reading.preferences : { ...DEFAULT_PREFERENCES };
}

/**
 * Saves the given fields (all by default) into what is stored, keeping the other fields, and anything
 * this version does not know, as they are. Nothing is written over a newer version's value.
 */
export function writePreferences(
  preferences: Preferences,
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = safeLocalStorage(),
  { keys = KEYS, stamps = {} }: { keys?: readonly Key[]; stamps?: Stamps } = {},
): void {
  try {
    if (storage === undefined) return;
    const current = readStored(storage.getItem(STORAGE_KEY));
    if (current.kind === 'newer') return;
    const raw = current.kind === 'ours' ? current.raw : {};
    const merged: Record<string, unknown> = {
      ...(isObject(raw['preferences']) ? raw['preferences'] : {}),
      ...(current.kind === 'ours' ? current.preferences : DEFAULT_PREFERENCES),
    };
    const changedAt: Record<string, unknown> = { ...(isObject(raw['changedAt']) ? raw['changedAt'] : {}) };
    for (const key of keys) {
      merged[key] = preferences[key];
      const stamp = stamps[key];
      if (stamp !== undefined) changedAt[key] = stamp;
    }
    const stored: Record<string, unknown> = { ...raw, version: STORAGE_VERSION, preferences: merged };
    if (Object.keys(changedAt).length > 0) stored['changedAt'] = changedAt;
    storage.setItem(STORAGE_KEY, JSON.stringify(stored));
  } catch {
    // Quota full or storage blocked: the choice still applies for this visit.
  }
}

/** The fields whose values differ between two Preferences. */
export function changedKeys(before: Preferences, after: Preferences): Key[] {
  return KEYS.filter((key) => before[key] !== after[key]);
}

/**
 * Another tab wrote `reading`: the preferences to show now (each field taken when it is at least as
 * new as ours), and the fields where ours is newer and differs, which should be written back.
 */
export function mergeFromAnotherTab(
  current: Preferences,
  stamps: Stamps,
  reading: Reading,
): { preferences: Preferences; stamps: Stamps; ours: Key[] } {
  if (reading.kind !== 'ours') return { preferences: current, stamps, ours: [] };
  const preferences = { ...current };
  const merged: Stamps = { ...stamps };
  const ours: Key[] = [];
  const theirs = isObject(reading.raw['preferences']) ? reading.raw['preferences'] : {};
  for (const key of KEYS) {
    // A field the other tab's value lacks, or holds invalid, is not a choice it made.
    if (SANITISERS[key](theirs[key]) === undefined) continue;
    const value = reading.preferences[key];
    if (value === current[key]) continue;
    const remote = reading.stamps[key] ?? 0;
    if (remote >= (stamps[key] ?? 0)) {
      (preferences as Record<Key, unknown>)[key] = value;
      if (reading.stamps[key] !== undefined) merged[key] = remote;
    } else ours.push(key);
  }
  return { preferences, stamps: merged, ours };
}

/** Even reading `window.localStorage` throws when storage is blocked. */
function safeLocalStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
