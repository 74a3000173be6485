// Two tabs share one stored value: each field merges on its own, a stale write is corrected by the tab
// that made the newer choice, and what a newer version of the reader wrote is left alone.
import { act } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePreferencesDispatch } from '../../src/preferences/PreferencesProvider';
import type { PreferencesAction } from '../../src/preferences/reducer';
import { DEFAULT_PREFERENCES, type Preferences } from '../../src/preferences/preferences';
import {
  mergeFromAnotherTab,
  readPreferences,
  readStored,
  STORAGE_KEY,
  writePreferences,
  type Stamps,
} from '../../src/preferences/storage';
import { renderWithProviders } from './render';

function memoryStorage(initial?: string) {
  const memory = new Map<string, string>(initial === undefined ? [] : [[STORAGE_KEY, initial]]);
  return {
    getItem: (key: string) => memory.get(key) ?? null,
    setItem: (key: string, value: string) => void memory.set(key, value),
    text: () => memory.get(STORAGE_KEY) ?? null,
  };
}

/** One tab: what it shows and when it chose each field, saving only what it changes. */
function tab(storage: ReturnType<typeof memoryStorage>) {
  let shown: Preferences = readPreferences(storage);
  const stamps: Stamps = {};
  return {
    get shown() {
      return shown;
    },
    choose<K extends keyof Preferences>(key: K, value: Preferences[K], at: number) {
      shown = { ...shown, [key]: value };
      stamps[key] = at;
      writePreferences(shown, storage, { keys: [key], stamps });
    },
    /** The storage event, with the value another tab wrote. */
    hear(newValue: string | null) {
      const merged = mergeFromAnotherTab(shown, stamps, readStored(newValue));
      shown = merged.preferences;
      Object.assign(stamps, merged.stamps);
      if (merged.ours.length > 0) writePreferences(shown, storage, { keys: merged.ours, stamps });
    },
  };
}

describe('two tabs', () => {
  it('changing different settings keep both changes', () => {
    const storage = memoryStorage();
    const a = tab(storage);
    const b = tab(storage);
    a.choose('theme', 'dark', 1);
    b.choose('textSize', 200, 2);
    a.hear(storage.text());
    b.hear(storage.text());
    expect(readPreferences(storage)).toMatchObject({ theme: 'dark', textSize: 200 });
    expect(a.shown).toMatchObject({ theme: 'dark', textSize: 200 });
    expect(b.shown).toMatchObject({ theme: 'dark', textSize: 200 });
  });

  it('repair a write made from a stale copy: the newer choice wins, field by field', () => {
    const storage = memoryStorage();
    const a = tab(storage);
    a.choose('theme', 'dark', 1);
    // Tab B wrote everything it had, from before it heard of A's choice (an older reader does that).
    const stale = JSON.stringify({ version: 1, preferences: { ...DEFAULT_PREFERENCES, textSize: 200 } });
    storage.setItem(STORAGE_KEY, stale);
    a.hear(stale);
    expect(a.shown).toMatchObject({ theme: 'dark', textSize: 200 });
    expect(readPreferences(storage)).toMatchObject({ theme: 'dark', textSize: 200 });
  });

  it('take a later choice of the same setting from the other tab', () => {
    const storage = memoryStorage();
    const a = tab(storage);
    const b = tab(storage);
    a.choose('theme', 'dark', 1);
    b.hear(storage.text());
    b.choose('theme', 'sepia', 2);
    a.hear(storage.text());
    expect(a.shown.theme).toBe('sepia');
  });
});

describe('a value written by a newer version', () => {
  const newer = JSON.stringify({ version: 2, preferences: { theme: 'dark', colourScheme: { hue: 30 } } });

  it('is never overwritten', () => {
    const storage = memoryStorage(newer);
    writePreferences({ ...DEFAULT_PREFERENCES, theme: 'sepia' }, storage);
    expect(storage.text()).toBe(newer);
  });

  it('is not read as ours, and does not change what a tab shows', () => {
    const storage = memoryStorage(newer);
    expect(readPreferences(storage)).toEqual(DEFAULT_PREFERENCES);
    const a = tab(storage);
    a.hear(newer);
    expect(a.shown).toEqual(DEFAULT_PREFERENCES);
  });

  it('keeps fields of our version it does not know when merging', () => {
    const storage = memoryStorage(
      JSON.stringify({ version: 1, preferences: { ...DEFAULT_PREFERENCES, cursor: 'large' }, note: 'kept' }),
    );
    writePreferences({ ...DEFAULT_PREFERENCES, theme: 'dark' }, storage, { keys: ['theme'] });
    expect(JSON.parse(storage.text() ?? '')).toMatchObject({
      version: 1,
      note: 'kept',
      preferences: { theme: 'dark', cursor: 'large' },
    });
  });
});

describe('the preferences provider', () => {
  afterEach(() => localStorage.clear());

  it('saves only what this tab changed, and puts back its newer choice over a stale write', () => {
    let dispatch: (action: PreferencesAction) => void = () => {};
    function Controls() {
      dispatch = usePreferencesDispatch();
      return null;
    }
    renderWithProviders(createElement(Controls));
    act(() => dispatch({ type: 'set', key: 'theme', value: 'dark' }));
    expect(readStored(localStorage.getItem(STORAGE_KEY))).toMatchObject({
      kind: 'ours',
      preferences: { theme: 'dark' },
      stamps: { theme: expect.any(Number) },
    });
    const stale = JSON.stringify({ version: 1, preferences: { ...DEFAULT_PREFERENCES, textSize: 200 } });
    localStorage.setItem(STORAGE_KEY, stale);
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: stale })));
    expect(document.documentElement.dataset['theme']).toBe('dark');
    expect(document.documentElement.style.getPropertyValue('--reader-scale')).toBe('2');
    expect(readPreferences()).toMatchObject({ theme: 'dark', textSize: 200 });
  });
});
