import { useCallback } from 'react';
import { usePreference, usePreferencesDispatch } from '../preferences/PreferencesProvider';
import type { Preferences } from '../preferences/preferences';

/** One preference and its setter, for a settings field (`usePreference` alone reads it). */
export function usePreferenceField<K extends keyof Preferences>(
  key: K,
): [Preferences[K], (value: Preferences[K]) => void] {
  const value = usePreference(key);
  const dispatch = usePreferencesDispatch();
  // The action type cannot be narrowed by a generic key, but `set` is checked field by field in the reducer.
  const set = useCallback(
    (next: Preferences[K]) => dispatch({ type: 'set', key, value: next } as never),
    [dispatch, key],
  );
  return [value, set];
}
